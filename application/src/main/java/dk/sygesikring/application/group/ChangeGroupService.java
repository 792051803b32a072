package dk.sygesikring.application.group;

import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.group.GroupChangePolicy;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Checks a group change against GRP-1..GRP-3, ROLE-3 and ROLE-5 and starts it, once per Idempotency-Key. */
@Singleton
public class ChangeGroupService implements ChangeGroupUseCase {

    private final PersonGate persons;
    private final RegistrationPort registrations;
    private final LoadConfigurationPort configuration;
    private final GroupChangeForloeb groupChanges;
    private final IdempotentForloeb idempotent;
    private final TransactionPort transactions;
    private final Clock clock;

    public ChangeGroupService(PersonGate persons, RegistrationPort registrations, LoadConfigurationPort configuration,
                              GroupChangeForloeb groupChanges, IdempotentForloeb idempotent, TransactionPort transactions,
                              Clock clock) {
        this.persons = persons;
        this.registrations = registrations;
        this.configuration = configuration;
        this.groupChanges = groupChanges;
        this.idempotent = idempotent;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Forloeb> changeGroup(ChangeGroupCommand command) {
        Creator creator = Creator.of(command.actor());
        return transactions.inTransaction(() -> idempotent.earlierAnswer(creator, command.idempotencyKey(), command.fingerprint())
                .orElseGet(() -> persons.actingFor(command.actor(), command.cpr(), AuditAction.CHANGE_GROUP)
                        .flatMap(person -> change(command, creator, person))));
    }

    private Outcome<Forloeb> change(ChangeGroupCommand command, Creator creator, Person person) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Sikringsgruppe current = new RegistrationHistory(registrations.loadRegistrations(person.cpr())).inForceOn(today)
                .map(InsuranceRegistration::group).orElse(null);
        return Outcome.unlessRefused(() -> GroupChangePolicy.mayChange(command.actor(), person, current, command.group(),
                        command.validFrom(), today, configuration.loadGlobal().effectiveDateWindows()))
                .flatMap(ok -> ForloebOwnership.owner(command.actor(), person))
                .flatMap(owner -> {
                    GroupChangeForloeb.Prepared prepared = groupChanges.prepare(owner, creator, person.cpr(), command.group(),
                            command.validFrom(), null, now);
                    return idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), prepared.forloeb(),
                            () -> groupChanges.start(prepared, now));
                });
    }
}
