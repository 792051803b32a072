package dk.sygesikring.application.person;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.CprLookupPort;
import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

@Singleton
public class PersonService implements ReadPersonUseCase, LookUpPersonInCprUseCase {

    private final PersonGate gate;
    private final PersonReading reading;
    private final SavePersonPort savePersons;
    private final CprLookupPort cpr;
    private final AuditLogPort auditLog;
    private final TransactionPort transactions;
    private final Clock clock;

    public PersonService(PersonGate gate, PersonReading reading, SavePersonPort savePersons, CprLookupPort cpr,
                         AuditLogPort auditLog, TransactionPort transactions, Clock clock) {
        this.gate = gate;
        this.reading = reading;
        this.savePersons = savePersons;
        this.cpr = cpr;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<PersonView> readPerson(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> gate.readableWithRelations(reader, cpr, AuditAction.READ_PERSON)
                .map(subject -> reading.view(subject.person(), reader)));
    }

    @Override
    public Outcome<FamilyAndResidence> readFamily(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> gate.readableWithRelations(reader, cpr, AuditAction.READ_FAMILY)
                .map(reading::family));
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
            return Outcome.success(reading.view(record.get().person(), caseworker));
        });
    }

}
