package dk.sygesikring.application.group;

import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.forloeb.Activity;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class GroupService implements ChangeGroupUseCase, ReadGroupUseCase {

    private final PersonGate persons;
    private final RegistrationPort registrations;
    private final ForloebStorePort forloeb;
    private final OutboxPort outbox;
    private final LoadConfigurationPort configuration;
    private final IdempotentForloeb idempotent;
    private final TransactionPort transactions;
    private final Clock clock;

    public GroupService(PersonGate persons, RegistrationPort registrations, ForloebStorePort forloeb,
                        OutboxPort outbox, LoadConfigurationPort configuration, IdempotentForloeb idempotent,
                        TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.registrations = registrations;
        this.forloeb = forloeb;
        this.outbox = outbox;
        this.configuration = configuration;
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
        Forloeb created = Forloeb.start(ForloebType.GROUP_CHANGE, owner.get(), creator, person.cpr(), List.of(person.cpr()), now, null)
                .withDetail("sikringsgruppe", String.valueOf(command.group().number()), creator, now)
                .withDetail("gyldigFra", command.validFrom().toString(), creator, now)
                .withActivity(Activity.open(ActivityType.AWAIT_LUNA, now, null,
                        "Gruppeskift til " + command.group().number() + " registreres i LUNA"));
        return idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), created, () -> {
            forloeb.save(created);
            outbox.enqueue(UUID.randomUUID(), created.id(), new LunaRegistration.GroupChange(person.cpr(), command.group(),
                    command.validFrom(), created.id().value()), now);
            return created;
        });
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
