package dk.sygesikring.application.group;

import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.GroupChangePolicy;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Singleton
public class GroupService implements ChangeGroupUseCase, ReadGroupUseCase {

    private final PersonGate persons;
    private final RegistrationPort registrations;
    private final ForloebStorePort forloeb;
    private final LoadConfigurationPort configuration;
    private final GroupChangeForloeb groupChanges;
    private final IdempotentForloeb idempotent;
    private final TransactionPort transactions;
    private final Clock clock;

    public GroupService(PersonGate persons, RegistrationPort registrations, ForloebStorePort forloeb,
                        LoadConfigurationPort configuration, GroupChangeForloeb groupChanges, IdempotentForloeb idempotent,
                        TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.registrations = registrations;
        this.forloeb = forloeb;
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
        Sikringsgruppe current = history(person).inForceOn(today).map(InsuranceRegistration::group).orElse(null);
        Optional<Refusal> refusal = GroupChangePolicy.mayChange(command.actor(), person, current, command.group(),
                command.validFrom(), today, configuration.loadGlobal().effectiveDateWindows());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Optional<MunicipalityCode> owner = ForloebOwnership.municipalityFor(command.actor(), person);
        if (owner.isEmpty()) {
            return Outcome.refused(ForloebOwnership.NO_MUNICIPALITY);
        }
        Forloeb created = groupChanges.prepare(owner.get(), creator, person.cpr(), command.group(), command.validFrom(), null, now);
        return idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), created,
                () -> groupChanges.start(created, person.cpr(), command.group(), command.validFrom(), now));
    }

    @Override
    public Outcome<GroupOverview> readGroup(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> persons.readable(reader, cpr, AuditAction.READ_GROUP).map(person -> {
            RegistrationHistory history = history(person);
            LocalDate today = LocalDate.now(clock);
            // a change LUNA refused waits no more: it is a caseworker's task now, not a change on its way
            return new GroupOverview(history.inForceOn(today), history.after(today),
                    forloeb.inProgressFor(cpr, ForloebType.GROUP_CHANGE).stream()
                            .filter(change -> change.openActivity(ActivityType.AWAIT_LUNA).isPresent()).toList());
        }));
    }

    private RegistrationHistory history(Person person) {
        return new RegistrationHistory(registrations.loadRegistrations(person.cpr()));
    }
}
