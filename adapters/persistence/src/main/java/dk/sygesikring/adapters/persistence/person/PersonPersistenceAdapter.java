package dk.sygesikring.adapters.persistence.person;

import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The local copy of CPR in PostgreSQL. Callers hold the transaction (TransactionPort). */
@Singleton
class PersonPersistenceAdapter implements LoadPersonPort, SavePersonPort {

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private final PersonRepository persons;
    private final RelationRepository relations;

    PersonPersistenceAdapter(PersonRepository persons, RelationRepository relations) {
        this.persons = persons;
        this.relations = relations;
    }

    @Override
    public Optional<Person> loadPerson(Cpr cpr) {
        return persons.findById(cpr.value()).map(PersonRowMapper::toPerson);
    }

    @Override
    public List<Person> loadPersons(Collection<Cpr> cprs) {
        if (cprs.isEmpty()) {
            return List.of();
        }
        return persons.findByCprIn(cprs.stream().map(Cpr::value).toList()).stream().map(PersonRowMapper::toPerson).toList();
    }

    @Override
    public List<Relation> loadRelations(Cpr cpr) {
        return relations.findInvolving(cpr.value()).stream()
                .map(row -> new Relation(RelationType.valueOf(row.type()), Cpr.of(row.holderCpr()), Cpr.of(row.subjectCpr())))
                .toList();
    }

    @Override
    public List<Person> loadResidentsAt(String addressId) {
        return persons.findByAddressId(addressId).stream().map(PersonRowMapper::toPerson).toList();
    }

    /**
     * The CPR numbers that begin with the date's DDMMYY, a range scan of the primary key; of those, the ones whose
     * century digit gives this year (DDMMYY is the same for 1911 and 2011).
     */
    @Override
    public List<Person> bornOn(LocalDate birthDate) {
        String ddmmyy = birthDate.format(DDMMYY);
        return persons.findByCprRange(ddmmyy + "0000", ddmmyy + "9999").stream()
                .filter(row -> Cpr.of(row.cpr()).birthDate().equals(birthDate))
                .map(PersonRowMapper::toPerson)
                .toList();
    }

    @Override
    public void save(CprPersonRecord record) {
        persons.upsert(PersonRowMapper.toRow(record.person()));
        record.relatedPersons().forEach(related -> persons.upsert(PersonRowMapper.toRow(related)));
        String cpr = record.person().cpr().value();
        relations.deleteInvolving(cpr);
        relations.saveAll(record.relations().stream()
                .map(relation -> new RelationRow(null, relation.type().name(), relation.holder().value(), relation.subject().value()))
                .toList());
    }
}
