package dk.sygesikring.application.person;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.CprLookupPort;
import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.PersonAccessPolicy;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.Residence;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
public class PersonService implements ReadPersonUseCase, LookUpPersonInCprUseCase {

    private final LoadPersonPort persons;
    private final SavePersonPort savePersons;
    private final CprLookupPort cpr;
    private final AuditLogPort auditLog;
    private final TransactionPort transactions;
    private final Clock clock;

    public PersonService(LoadPersonPort persons, SavePersonPort savePersons, CprLookupPort cpr,
                         AuditLogPort auditLog, TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.savePersons = savePersons;
        this.cpr = cpr;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<PersonView> readPerson(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> readable(reader, cpr, AuditAction.READ_PERSON)
                .map(subject -> view(subject.person(), reader)));
    }

    @Override
    public Outcome<FamilyAndResidence> readFamily(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> readable(reader, cpr, AuditAction.READ_FAMILY)
                .map(this::family));
    }

    @Override
    public Outcome<PersonOverview> readOverview(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> readable(reader, cpr, AuditAction.READ_PERSON_OVERVIEW)
                .map(subject -> new PersonOverview(view(subject.person(), reader), family(subject))));
    }

    @Override
    public Outcome<PersonView> lookUp(Caseworker caseworker, Cpr number) {
        // The paid call is made before any transaction is opened: an outage leaves nothing half-written.
        Optional<CprPersonRecord> record = cpr.lookUp(number);
        return transactions.inTransaction(() -> {
            auditLog.record(AuditEntry.personUse(caseworker, AuditAction.CPR_ONLINE_LOOKUP, number.value(), clock.instant()));
            if (record.isEmpty()) {
                return Outcome.refused(Refusal.notFound("person-not-in-cpr", "CPR knows no person with CPR number " + number));
            }
            savePersons.save(record.get());
            return Outcome.success(view(record.get().person(), caseworker));
        });
    }

    /** A person with their relations, once the reader is known to be allowed to see them. */
    private record Subject(Person person, List<Relation> relations) {
    }

    private Outcome<Subject> readable(Actor reader, Cpr cpr, AuditAction action) {
        Optional<Person> person = persons.loadPerson(cpr);
        if (person.isEmpty()) {
            // A citizen asking for someone else learns nothing, not even whether the number exists.
            boolean citizenAskingForOther = reader instanceof Citizen citizen && !citizen.cpr().equals(cpr);
            return Outcome.refused(citizenAskingForOther
                    ? PersonAccessPolicy.NOT_YOUR_PERSON
                    : Refusal.notFound("person-not-found", "No person with CPR number " + cpr
                            + " is held in the local register; a caseworker can look the person up in CPR"));
        }
        List<Relation> relations = persons.loadRelations(cpr);
        Optional<Refusal> refusal = PersonAccessPolicy.mayRead(reader, person.get(), relations, today());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (reader.isAudited()) {
            auditLog.record(AuditEntry.personUse(reader, action, cpr.value(), clock.instant()));
        }
        return Outcome.success(new Subject(person.get(), relations));
    }

    private FamilyAndResidence family(Subject subject) {
        Person person = subject.person();
        List<Cpr> others = subject.relations().stream().map(relation -> relation.otherThan(person.cpr())).distinct().toList();
        Map<Cpr, Person> othersByCpr = persons.loadPersons(others).stream()
                .collect(Collectors.toMap(Person::cpr, Function.identity()));
        List<Person> coResidents = person.isActive() ? persons.loadResidentsAt(person.address().addressId()) : List.of();
        return FamilyAndResidence.of(person, subject.relations(), othersByCpr, coResidents, today());
    }

    private PersonView view(Person person, Actor reader) {
        return new PersonView(person, person.ageOn(today()), Residence.of(person, reader));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
