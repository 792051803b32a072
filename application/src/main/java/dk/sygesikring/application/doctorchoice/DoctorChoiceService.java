package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.forloeb.ForloebCancellationParticipant;
import dk.sygesikring.application.group.MissingDoctorChoice;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
public class DoctorChoiceService implements DoctorChoiceUseCase, MoveEventUseCase, ForloebCancellationParticipant {

    static final Refusal NOT_FOUND = Refusal.notFound("doctor-choice-not-found", "No doctor choice with this forløb id");
    static final Refusal OTHER_MUNICIPALITY = Refusal.forbidden("forloeb-of-another-municipality", "ROLE-2",
            "A doctor choice can be changed only in the municipality where its forløb was created");
    static final Creator CPR = Creator.system("CPR");

    private final ForloebStorePort forloeb;
    private final DoctorChoiceStorePort choices;
    private final DoctorChoiceProgress progress;
    private final DispensationRejection rejection;
    private final DeadlinePort deadlines;
    private final PersonGate persons;
    private final MissingDoctorChoice missingDoctor;
    private final TransactionPort transactions;
    private final Clock clock;

    public DoctorChoiceService(ForloebStorePort forloeb, DoctorChoiceStorePort choices, DoctorChoiceProgress progress,
                               DispensationRejection rejection, DeadlinePort deadlines, PersonGate persons,
                               MissingDoctorChoice missingDoctor, TransactionPort transactions, Clock clock) {
        this.forloeb = forloeb;
        this.choices = choices;
        this.progress = progress;
        this.rejection = rejection;
        this.deadlines = deadlines;
        this.persons = persons;
        this.missingDoctor = missingDoctor;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<DoctorChoiceCase> read(Actor reader, ForloebId forloebId) {
        return transactions.inTransaction(() -> admitted(reader, forloeb.load(forloebId), AuditAction.READ_DOCTOR_CHOICE));
    }

    @Override
    public Outcome<DoctorChoiceCase> settleConsent(Actor actor, ForloebId forloebId, Cpr cpr, ConsentAnswer answer) {
        Instant now = clock.instant();
        Creator by = Creator.of(actor);
        return transactions.inTransaction(() -> admittedFor(actor, forloeb.loadForUpdate(forloebId), cpr, AuditAction.SETTLE_CONSENT)
                .flatMap(found -> found.choice().settleConsent(cpr, answer, actor, LocalDate.now(clock)).map(settled -> {
                    Forloeb changed = found.forloeb();
                    if (settled.person(cpr).orElseThrow().consent() != found.choice().person(cpr).orElseThrow().consent()) {
                        changed = changed.withDetail("samtykke", cpr, answer.name(), by, now);
                    }
                    if (changed.isInProgress() && changed.openActivity(ActivityType.AWAIT_CONSENT).isPresent()
                            && !settled.hasConsentToSettle(LocalDate.now(clock))) {
                        changed = changed.closeActivity(ActivityType.AWAIT_CONSENT, ActivityState.DONE, now, by,
                                "Samtykke til journaloverførsel afklaret");
                        deadlines.cancel(Deadline.Kind.CONSENT, forloebId);
                    }
                    DoctorChoiceCase stored = progress.store(changed, settled);
                    return found.onlyPartOf().isPresent() ? stored.limitedTo(cpr) : stored;
                })));
    }

    @Override
    public Outcome<DoctorChoiceCase> answerDispensation(Actor actor, ForloebId forloebId, boolean approved, String note) {
        Instant now = clock.instant();
        Creator by = Creator.of(actor);
        return transactions.inTransaction(() -> admitted(actor, forloeb.loadForUpdate(forloebId), AuditAction.ANSWER_DISPENSATION)
                .flatMap(found -> found.choice().dispensationAnswered(approved, by, now).map(answered -> {
                    deadlines.cancel(Deadline.Kind.DISPENSATION, forloebId);
                    String decision = (approved ? "Dispensation godkendt" : "Dispensation afvist")
                            + (note == null || note.isBlank() ? "" : ": " + note);
                    Forloeb closed = found.forloeb().closeActivity(ActivityType.AWAIT_DISPENSATION,
                            approved ? ActivityState.DONE : ActivityState.FAILED, now, by, decision);
                    return approved ? progress.moved(closed, answered, now) : rejection.rejected(closed, answered, now);
                })));
    }

    @Override
    public List<DoctorChoiceCase> moveEventArrived(Cpr cpr) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            List<DoctorChoiceCase> moved = new ArrayList<>();
            for (DoctorChoice pending : choices.pendingFor(List.of(cpr))) {
                Forloeb waiting = forloeb.loadForUpdate(pending.forloebId()).orElseThrow();
                DoctorChoice current = choices.load(pending.forloebId()).orElseThrow();
                if (!(current.state() instanceof DoctorChoiceState.AwaitingMoveEvent)) {
                    continue;
                }
                DoctorChoice approved = current.moveEventArrived().orElseThrow();
                moved.add(progress.moved(waiting.closeActivity(ActivityType.AWAIT_MOVE_EVENT, ActivityState.DONE, now, CPR,
                        "Flyttehændelse modtaget fra CPR"), approved, now));
            }
            return moved;
        });
    }

    @Override
    public Optional<Refusal> refusalToCancel(Forloeb cancelling, Creator by, Instant at) {
        // a choice that has ended otherwise (rejected, refused by LUNA) leaves its forløb free to be cancelled
        return choiceOf(cancelling).filter(choice -> choice.isPending() || choice.state() instanceof DoctorChoiceState.InEffect)
                .flatMap(choice -> choice.cancel(by, at) instanceof Outcome.Refused<DoctorChoice> refused
                        ? Optional.of(refused.refusal()) : Optional.empty());
    }

    @Override
    public void cancelled(Forloeb cancelling, Creator by, Instant at) {
        choiceOf(cancelling).ifPresent(choice -> choice.cancel(by, at).map(cancelled -> {
            choices.save(cancelled);
            deadlines.cancel(Deadline.Kind.DISPENSATION, cancelling.id());
            deadlines.cancel(Deadline.Kind.CONSENT, cancelling.id());
            if (cancelled.reason().combinedWithChangeToGroupOne()) {
                // DOC-9: the change to group 1 that came with the choice still goes through, now without a doctor
                cancelled.persons().forEach(person ->
                        missingDoctor.enteredGroupOne(person.cpr(), cancelled.validFrom(), cancelling, at));
            }
            return cancelled;
        }));
    }

    private Optional<DoctorChoice> choiceOf(Forloeb candidate) {
        return candidate.type() == ForloebType.DOCTOR_CHOICE ? choices.load(candidate.id()) : Optional.empty();
    }

    /**
     * The choice if the actor may act for {@code person}, one of its persons, and, as a caseworker, belongs to its
     * municipality (ROLE-2). ROLE-3, DOC-5: any custodian or guardian of a child may act for the child in a choice
     * another custodian made; a citizen who may not act for the main person sees only {@code person}'s part.
     */
    private Outcome<DoctorChoiceCase> admittedFor(Actor actor, Optional<Forloeb> found, Cpr person, AuditAction action) {
        Optional<DoctorChoice> choice = found.flatMap(this::choiceOf);
        if (choice.isEmpty()) {
            return Outcome.refused(NOT_FOUND);
        }
        Cpr main = found.get().mainPerson();
        if (person.equals(main) || !(actor instanceof Citizen) || choice.get().person(person).isEmpty()) {
            return admitted(actor, found, action);
        }
        return persons.actingFor(actor, person, action).flatMap(admittedPerson -> {
            DoctorChoiceCase whole = new DoctorChoiceCase(choice.get(), found.get());
            return persons.actingFor(actor, main, action) instanceof Outcome.Success<?>
                    ? Outcome.success(whole)
                    : Outcome.success(whole.limitedTo(person));
        });
    }

    /** The choice if the actor may act for its main person and, as a caseworker, belongs to its municipality (ROLE-2). */
    private Outcome<DoctorChoiceCase> admitted(Actor actor, Optional<Forloeb> found, AuditAction action) {
        Optional<DoctorChoice> choice = found.flatMap(this::choiceOf);
        if (choice.isEmpty()) {
            return Outcome.refused(NOT_FOUND);
        }
        return persons.actingFor(actor, found.get().mainPerson(), action).flatMap(person ->
                ForloebOwnership.seesDetails(actor, found.get())
                        ? Outcome.success(new DoctorChoiceCase(choice.get(), found.get()))
                        : Outcome.refused(OTHER_MUNICIPALITY));
    }
}
