package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What a letter's fate means for the forløb activity that sent it (SEND_LETTER, SEND_DISPENSATION_APPLICATION): the
 * activity closes DONE once a channel took the letter, and a letter no channel can deliver becomes a caseworker's task
 * (LET-4: physical mail) with the deadline of its task type in the global configuration (TASK-4,
 * {@link TaskType#LETTER_NOT_DELIVERED}); unless the letter says a caseworker prints it instead
 * ({@link IfNotDelivered#PRINTED_BY_CASEWORKER}, CARD-4), when its note says so and the forløb completes. A forløb no
 * longer waiting for the letter (cancelled, the activity closed) is left as it is.
 */
@Singleton
public class LetterActivities {

    static final Creator DIGITAL_POST = Creator.system("Digital Post");
    static final Creator REMOTE_PRINT = Creator.system("Fjernprint");
    static final Creator LETTERS = Creator.system("Breve");
    static final String NOT_ENROLLED = "Modtageren har ikke Digital Post: brevet skal sendes fysisk";
    static final String NOT_ENROLLED_PRINTED = "Modtageren har ikke Digital Post (ikke tilmeldt eller fritaget): "
            + "sagsbehandleren udskriver brevet i stedet";
    static final String NO_PRINT_SUPPLIER = "; kommunen har ingen fjernprintleverandør, så sagsbehandleren sender brevet";
    static final String REJECTED = "Digital Post afviste brevet: ";
    static final String PRINT_REJECTED = "Fjernprint afviste brevet: ";
    static final String PRINTED_INSTEAD = "; sagsbehandleren udskriver brevet i stedet";

    private final ForloebStorePort forloeb;
    private final LoadConfigurationPort configuration;
    private final Clock clock;

    public LetterActivities(ForloebStorePort forloeb, LoadConfigurationPort configuration, Clock clock) {
        this.forloeb = forloeb;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The letter's forløb, if it still waits for the letter; read without a lock, before sending. */
    Optional<Forloeb> awaited(ForloebId forloebId, UUID activityId) {
        return forloeb.load(forloebId).filter(found -> awaits(found, activityId));
    }

    /** The forløb, locked, if it still waits for the letter. */
    Optional<Forloeb> awaiting(ForloebId forloebId, UUID activityId) {
        return forloeb.loadForUpdate(forloebId).filter(found -> awaits(found, activityId));
    }

    /** A channel took the letter: the activity is done, {@code note} says where it went. */
    void sent(ForloebId forloebId, UUID activityId, Creator by, String note, Instant now) {
        awaiting(forloebId, activityId).ifPresent(waiting -> forloeb.save(waiting
                .closeActivity(activityId, ActivityState.DONE, now, by, note)
                .completeIfNothingOpen(now)));
    }

    /** The note of a letter to a recipient without Digital Post. */
    static String notEnrolled(IfNotDelivered then) {
        return then == IfNotDelivered.PHYSICAL_MAIL ? NOT_ENROLLED + NO_PRINT_SUPPLIER : NOT_ENROLLED_PRINTED;
    }

    /** The note of a letter Digital Post rejected, with its reason. */
    static String rejected(String reason, IfNotDelivered then) {
        return REJECTED + reason + (then == IfNotDelivered.PHYSICAL_MAIL ? "" : PRINTED_INSTEAD);
    }

    /** See {@link #notDelivered(Forloeb, UUID, String, IfNotDelivered, Creator, Instant)}, for a stored forløb. */
    void notDelivered(ForloebId forloebId, UUID activityId, String why, IfNotDelivered then, Creator by, Instant now) {
        awaiting(forloebId, activityId).ifPresent(waiting -> forloeb.save(notDelivered(waiting, activityId, why, then, by, now)));
    }

    /**
     * The forløb with the activity closed FAILED, {@code why} its note. For physical mail a manual task opens with
     * the same note, due the configured number of days after today; a letter the caseworker prints instead needs
     * none, so the forløb completes if nothing else is open.
     */
    Forloeb notDelivered(Forloeb waiting, UUID activityId, String why, IfNotDelivered then, Creator by, Instant now) {
        Forloeb failed = waiting.closeActivity(activityId, ActivityState.FAILED, now, by, why);
        return switch (then) {
            case PHYSICAL_MAIL -> failed.withActivity(Activity.open(ActivityType.MANUAL_TASK, now, deadline(now), why));
            case PRINTED_BY_CASEWORKER -> failed.completeIfNothingOpen(now);
        };
    }

    private LocalDate deadline(Instant createdAt) {
        return configuration.loadGlobal().taskDeadlines()
                .deadline(TaskType.LETTER_NOT_DELIVERED, LocalDate.ofInstant(createdAt, clock.getZone()));
    }

    private static boolean awaits(Forloeb forloeb, UUID activityId) {
        return forloeb.isInProgress() && forloeb.activities().stream()
                .anyMatch(activity -> activity.id().equals(activityId) && activity.isOpen());
    }
}
