package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The persons CPR holds, in memory, for use-case tests. */
public final class InMemoryPersons implements LoadPersonPort {

    private final Map<Cpr, Person> persons = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    public Person add(Person person) {
        persons.put(person.cpr(), person);
        return person;
    }

    public void relate(Relation relation) {
        relations.add(relation);
    }

    @Override
    public Optional<Person> loadPerson(Cpr cpr) {
        return Optional.ofNullable(persons.get(cpr));
    }

    @Override
    public List<Person> loadPersons(Collection<Cpr> cprs) {
        return cprs.stream().map(persons::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Relation> loadRelations(Cpr cpr) {
        return relations.stream().filter(relation -> relation.holder().equals(cpr) || relation.subject().equals(cpr)).toList();
    }

    @Override
    public List<Person> loadResidentsAt(String addressId) {
        return persons.values().stream()
                .filter(person -> person.address() != null && addressId.equals(person.address().addressId())).toList();
    }

    @Override
    public List<Person> bornOn(LocalDate birthDate) {
        return persons.values().stream().filter(person -> person.birthDate().equals(birthDate)).toList();
    }
}
