package dk.sygesikring.application.person;

import dk.sygesikring.application.forloeb.ForloebView;
import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.CprLookupPort;
import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.person.Residence;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
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

    private final PersonGate gate;
    private final LoadPersonPort persons;
    private final SavePersonPort savePersons;
    private final CprLookupPort cpr;
    private final AuditLogPort auditLog;
    private final RegistrationPort registrations;
    private final PractitionerRegisterPort practitioners;
    private final ForloebStorePort forloeb;
    private final TransactionPort transactions;
    private final Clock clock;

    public PersonService(PersonGate gate, LoadPersonPort persons, SavePersonPort savePersons, CprLookupPort cpr,
                         AuditLogPort auditLog, RegistrationPort registrations, PractitionerRegisterPort practitioners,
                         ForloebStorePort forloeb, TransactionPort transactions, Clock clock) {
        this.gate = gate;
        this.persons = persons;
        this.savePersons = savePersons;
        this.cpr = cpr;
        this.auditLog = auditLog;
        this.registrations = registrations;
        this.practitioners = practitioners;
        this.forloeb = forloeb;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<PersonView> readPerson(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> gate.readableWithRelations(reader, cpr, AuditAction.READ_PERSON)
                .map(subject -> view(subject.person(), reader)));
    }

    @Override
    public Outcome<FamilyAndResidence> readFamily(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> gate.readableWithRelations(reader, cpr, AuditAction.READ_FAMILY)
                .map(this::family));
    }

    @Override
    public Outcome<PersonOverview> readOverview(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> gate.readableWithRelations(reader, cpr, AuditAction.READ_PERSON_OVERVIEW)
                .map(subject -> {
                    Optional<InsuranceRegistration> today = new RegistrationHistory(registrations.loadRegistrations(cpr)).inForceOn(today());
                    Optional<Practitioner> doctor = today.flatMap(InsuranceRegistration::doctor).flatMap(practitioners::loadPractitioner);
                    List<ForloebView> latest = forloeb.latestFor(cpr, PersonOverview.LATEST_FORLOEB).stream()
                            .map(found -> ForloebOwnership.seesDetails(reader, found)
                                    ? (ForloebView) new ForloebView.Full(found) : new ForloebView.Summary(found))
                            .toList();
                    return new PersonOverview(view(subject.person(), reader), family(subject), today, doctor, latest);
                }));
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

    private FamilyAndResidence family(PersonGate.Admitted subject) {
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
