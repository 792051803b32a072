package dk.sygesikring.application.forloeb;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
public class ForloebService implements ForloebUseCase {

    static final Refusal NOT_FOUND = Refusal.notFound("forloeb-not-found", "No such forløb");
    static final Refusal OTHER_MUNICIPALITY = Refusal.forbidden("forloeb-of-another-municipality", "ROLE-2",
            "A forløb can be changed only in the municipality where it was created");
    static final Refusal ALREADY_AT_LUNA = Refusal.conflict("already-registered-in-luna", "FORL-3",
            "The registration has already been handed to LUNA and cannot be called back; "
                    + "undo a group change with a new change with the same valid-from date (GRP-5)");

    static final String WITHDRAWN = "Forløbet blev annulleret, før registreringen blev sendt til LUNA";

    private final ForloebStorePort forloeb;
    private final OutboxPort outbox;
    private final PersonGate persons;
    private final AuditLogPort auditLog;
    private final TransactionPort transactions;
    private final Clock clock;
    private final List<ForloebCancellationParticipant> participants;

    public ForloebService(ForloebStorePort forloeb, OutboxPort outbox, PersonGate persons, AuditLogPort auditLog,
                          TransactionPort transactions, Clock clock, List<ForloebCancellationParticipant> participants) {
        this.participants = participants;
        this.forloeb = forloeb;
        this.outbox = outbox;
        this.persons = persons;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<ForloebView> read(Actor reader, ForloebId id) {
        return transactions.inTransaction(() -> visible(reader, forloeb.load(id), AuditAction.READ_FORLOEB));
    }

    @Override
    public Outcome<ForloebView> cancel(Actor actor, ForloebId id) {
        return transactions.inTransaction(() -> visible(actor, forloeb.loadForUpdate(id), AuditAction.CANCEL_FORLOEB)
                .flatMap(view -> view instanceof ForloebView.Full full ? cancel(actor, full.forloeb()) : Outcome.refused(OTHER_MUNICIPALITY)));
    }

    private Outcome<ForloebView> cancel(Actor actor, Forloeb inProgress) {
        Creator by = Creator.of(actor);
        Instant now = clock.instant();
        if (inProgress.isInProgress()) {
            Optional<Refusal> refusal = participants.stream()
                    .flatMap(participant -> participant.refusalToCancel(inProgress, by, now).stream()).findFirst();
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            Optional<Refusal> external = participants.stream()
                    .flatMap(participant -> participant.withdrawExternally(inProgress, by, now).stream()).findFirst();
            if (external.isPresent()) {
                return Outcome.refused(external.get());
            }
        }
        if (inProgress.isInProgress() && inProgress.openActivity(ActivityType.AWAIT_LUNA).isPresent()) {
            if (!outbox.withdrawAll(inProgress.id(), OutboxKind.LUNA_REGISTRATION, WITHDRAWN, now)) {
                return Outcome.refused(ALREADY_AT_LUNA);
            }
        }
        return inProgress.cancel(by, now).map(cancelled -> {
            participants.forEach(participant -> participant.cancelled(inProgress, by, now));
            forloeb.save(cancelled);
            return new ForloebView.Full(cancelled);
        });
    }

    /** The forløb if the reader may see its person; all of it, or its summary outside its municipality (ROLE-2). */
    private Outcome<ForloebView> visible(Actor reader, Optional<Forloeb> found, AuditAction action) {
        if (found.isEmpty()) {
            return Outcome.refused(NOT_FOUND);
        }
        Forloeb forloebFound = found.get();
        return persons.readable(reader, forloebFound.mainPerson(), action).map(person -> {
            if (!ForloebOwnership.seesDetails(reader, forloebFound)) {
                return new ForloebView.Summary(forloebFound);
            }
            if (reader.isAudited()) {
                auditLog.record(AuditEntry.forloebUse(reader, action, forloebFound.id().toString(), clock.instant()));
            }
            return new ForloebView.Full(forloebFound);
        });
    }
}
