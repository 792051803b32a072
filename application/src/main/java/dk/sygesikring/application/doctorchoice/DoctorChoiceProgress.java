package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.card.DoctorChoiceCards;
import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.group.GroupChangeForloeb;
import dk.sygesikring.application.letter.LetterDraft;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.letter.Receipts;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What each state of a doctor choice means for its forløb: the activity it waits on, the deadline that guards it,
 * and the work it hands on (registrations to LUNA through the outbox, the dispensation application, and once in
 * effect the card orders and the receipt letter). Runs inside the caller's transaction, so the forløb, the choice and
 * everything they hand on are stored together or not at all (FORL-4).
 */
@Singleton
public class DoctorChoiceProgress {

    private final ForloebStorePort forloeb;
    private final DoctorChoiceStorePort choices;
    private final OutboxPort outbox;
    private final DeadlinePort deadlines;
    private final LetterPost letters;
    private final GroupChangeForloeb groupChanges;
    private final DoctorChoiceCards cards;
    private final Receipts receipts;
    private final Clock clock;

    public DoctorChoiceProgress(ForloebStorePort forloeb, DoctorChoiceStorePort choices, OutboxPort outbox,
                                DeadlinePort deadlines, LetterPost letters, GroupChangeForloeb groupChanges,
                                DoctorChoiceCards cards, Receipts receipts, Clock clock) {
        this.cards = cards;
        this.receipts = receipts;
        this.groupChanges = groupChanges;
        this.letters = letters;
        this.forloeb = forloeb;
        this.choices = choices;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * A new choice in its new forløb: the consent period (DOC-5), the first state's activity, and for a move from
     * Greenland the change to group 1, which goes its own way to LUNA and stands if the choice is cancelled (DOC-9).
     */
    public DoctorChoiceCase started(Forloeb created, DoctorChoice choice, Instant now) {
        Forloeb started = created;
        Optional<LocalDate> consentLastDay = choice.lastDayToSettleConsent()
                .filter(lastDay -> choice.hasConsentToSettle(choice.createdOn()));
        if (consentLastDay.isPresent()) {
            LocalDate lastDay = consentLastDay.get();
            started = started.withActivity(Activity.open(ActivityType.AWAIT_CONSENT, now, lastDay,
                    "Samtykke til journaloverførsel \"ved ikke\" kan afklares til og med " + lastDay + " (DOC-5)"));
            deadlines.schedule(new Deadline(Deadline.Kind.CONSENT, created.id(), startOfDayAfter(lastDay)));
        }
        cards.started(created, choice); // CARD-12: a citizen's own choice is paid by payment card, reserved now
        DoctorChoiceCase stored = handOn(store(entered(started, choice, now), choice), now);
        if (choice.reason().combinedWithChangeToGroupOne()) {
            // after the choice's forløb, which each change names as the one that brought it
            choice.persons().forEach(person -> groupChanges.start(choice.municipality(), created.creator(), person.cpr(),
                    Sikringsgruppe.GROUP_1, choice.validFrom(), choice.forloebId(), now));
        }
        return stored;
    }

    /** The choice has moved to a new state: its forløb gets what that state needs. */
    public DoctorChoiceCase moved(Forloeb inProgress, DoctorChoice choice, Instant now) {
        return handOn(store(entered(inProgress, choice, now), choice), now);
    }

    public DoctorChoiceCase store(Forloeb changed, DoctorChoice choice) {
        if (choice.state() instanceof DoctorChoiceState.Rejected || choice.state() instanceof DoctorChoiceState.RefusedByLuna
                || choice.state() instanceof DoctorChoiceState.Cancelled) {
            cards.ended(changed.id()); // CARD-12: a choice that never took effect charges nothing
        }
        Forloeb done = changed.completeIfNothingOpen(clock.instant());
        forloeb.save(done);
        choices.save(choice);
        return new DoctorChoiceCase(choice, done);
    }

    private Forloeb entered(Forloeb current, DoctorChoice choice, Instant now) {
        return switch (choice.state()) {
            case DoctorChoiceState.AwaitingDispensation awaiting -> {
                deadlines.schedule(new Deadline(Deadline.Kind.DISPENSATION, current.id(), startOfDayAfter(awaiting.answerBy())));
                Activity application = Activity.open(ActivityType.SEND_DISPENSATION_APPLICATION, now, null,
                        "Ansøgning om dispensation sendes til yder " + choice.providerNumber().value());
                Forloeb applying = current.withActivity(application)
                        .withActivity(Activity.open(ActivityType.AWAIT_DISPENSATION, now, awaiting.answerBy(),
                                "Afventer lægens svar på dispensation senest " + awaiting.answerBy() + " (DOC-4)"));
                yield letters.post(applying, application.id(), LetterDraft.toPractice(LetterKind.DISPENSATION_APPLICATION,
                        choice.providerNumber(), cprs(choice), DoctorChoiceLetters.dispensationApplication(choice,
                                LocalDate.now(clock))), now).forloeb();
            }
            case DoctorChoiceState.AwaitingMoveEvent awaiting -> current.withActivity(Activity.open(
                    ActivityType.AWAIT_MOVE_EVENT, now, null, "Afventer flyttehændelse fra CPR (DOC-9)"));
            case DoctorChoiceState.AwaitingLuna awaiting -> current.withActivity(Activity.open(ActivityType.AWAIT_LUNA,
                    now, null, "Lægevalg " + choice.providerNumber().value() + " registreres i LUNA for " + persons(choice)));
            case DoctorChoiceState.InEffect inEffect -> {
                // Each person gets, and pays for, their own card (DOC-12), ordered ahead of a later valid-from date
                // (CARD-5); the family gets one receipt letter (LET-2), and no card receipt.
                yield receipts.doctorChoice(cards.inEffect(current, choice), choice, now);
            }
            case DoctorChoiceState.Rejected rejected -> current;
            case DoctorChoiceState.RefusedByLuna refused -> current;
            case DoctorChoiceState.Cancelled cancelled -> current;
        };
    }

    /** What the new state hands on, once the forløb it belongs to is stored. */
    private DoctorChoiceCase handOn(DoctorChoiceCase stored, Instant now) {
        DoctorChoice choice = stored.choice();
        switch (choice.state()) {
            case DoctorChoiceState.AwaitingLuna awaiting -> choice.persons().forEach(person -> outbox.enqueue(UUID.randomUUID(),
                    choice.forloebId(), new LunaRegistration.DoctorChoice(person.cpr(), choice.providerNumber(), choice.validFrom(),
                            choice.forloebId().value()), now));
            default -> { }
        }
        return stored;
    }

    private Instant startOfDayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private static List<Cpr> cprs(DoctorChoice choice) {
        return choice.persons().stream().map(ChosenPerson::cpr).toList();
    }

    private static String persons(DoctorChoice choice) {
        return choice.persons().stream().map(ChosenPerson::cpr).map(Cpr::value).collect(Collectors.joining(", "));
    }
}
