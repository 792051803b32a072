package dk.sygesikring.application.group;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/** A person's group today, the registered changes to come, and the changes still on their way to LUNA (GRP-4). */
@Singleton
public class ReadGroupService implements ReadGroupUseCase {

    private final PersonGate persons;
    private final RegistrationPort registrations;
    private final GroupChangeStorePort changes;
    private final ForloebStorePort forloeb;
    private final TransactionPort transactions;
    private final Clock clock;

    public ReadGroupService(PersonGate persons, RegistrationPort registrations, GroupChangeStorePort changes,
                            ForloebStorePort forloeb, TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.registrations = registrations;
        this.changes = changes;
        this.forloeb = forloeb;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<GroupOverview> readGroup(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> persons.readable(reader, cpr, AuditAction.READ_GROUP).map(person -> {
            RegistrationHistory history = new RegistrationHistory(registrations.loadRegistrations(cpr));
            LocalDate today = LocalDate.now(clock);
            // a change LUNA refused waits no more: it is a caseworker's task now, not a change on its way
            return new GroupOverview(history.inForceOn(today), history.after(today), changes.onItsWayFor(cpr).stream()
                    .map(change -> forloeb.load(change.forloebId()).orElseThrow()).toList());
        }));
    }
}
