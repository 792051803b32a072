package dk.sygesikring.application.person;

import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Residence;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A person as a reader may see them (PER-1..PER-4), and their family and residence (PER-5), as of today. */
@Singleton
public class PersonReading {

    private final LoadPersonPort persons;
    private final Clock clock;

    public PersonReading(LoadPersonPort persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    public FamilyAndResidence family(PersonGate.Admitted subject) {
        Person person = subject.person();
        List<Cpr> others = subject.relations().stream().map(relation -> relation.otherThan(person.cpr())).distinct().toList();
        Map<Cpr, Person> othersByCpr = persons.loadPersons(others).stream()
                .collect(Collectors.toMap(Person::cpr, Function.identity()));
        List<Person> coResidents = person.isActive() ? persons.loadResidentsAt(person.address().addressId()) : List.of();
        return FamilyAndResidence.of(person, subject.relations(), othersByCpr, coResidents, LocalDate.now(clock));
    }

    public PersonView view(Person person, Actor reader) {
        return new PersonView(person, person.ageOn(LocalDate.now(clock)), Residence.of(person, reader));
    }
}
