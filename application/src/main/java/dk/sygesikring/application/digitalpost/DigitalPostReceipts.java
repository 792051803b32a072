package dk.sygesikring.application.digitalpost;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What Digital Post's answer to a letter means for its forløb: the activity that sent it closes, done or failed, and
 * a letter Digital Post cannot deliver becomes a caseworker's task (LET-4: physical mail). A forløb no longer
 * waiting for the letter (cancelled, the activity closed) is left as it is.
 */
@Singleton
public class DigitalPostReceipts {

    static final Creator DIGITAL_POST = Creator.system("Digital Post");
    static final String NOT_ENROLLED = "Modtageren har ikke Digital Post: brevet skal sendes fysisk";
    static final String REJECTED = "Digital Post afviste brevet: ";

    private final ForloebStorePort forloeb;

    public DigitalPostReceipts(ForloebStorePort forloeb) {
        this.forloeb = forloeb;
    }

    /** Whether the letter's forløb still waits for it; read without a lock, before sending. */
    boolean isAwaited(ForloebId forloebId, UUID activityId) {
        return forloeb.load(forloebId).filter(found -> awaits(found, activityId)).isPresent();
    }

    void delivered(ForloebId forloebId, UUID activityId, String deliveryId, Instant now) {
        awaiting(forloebId, activityId).ifPresent(waiting -> forloeb.save(waiting
                .closeActivity(activityId, ActivityState.DONE, now, DIGITAL_POST,
                        "Sendt med Digital Post (" + deliveryId + ")")
                .completeIfNothingOpen(now)));
    }

    /** Closes the activity FAILED and opens a manual task; {@code why} is the note of both. */
    void notDelivered(ForloebId forloebId, UUID activityId, String why, Instant now) {
        awaiting(forloebId, activityId).ifPresent(waiting -> forloeb.save(waiting
                .closeActivity(activityId, ActivityState.FAILED, now, DIGITAL_POST, why)
                .withActivity(Activity.open(ActivityType.MANUAL_TASK, now, null, why))));
    }

    private Optional<Forloeb> awaiting(ForloebId forloebId, UUID activityId) {
        return forloeb.loadForUpdate(forloebId).filter(found -> awaits(found, activityId));
    }

    private static boolean awaits(Forloeb forloeb, UUID activityId) {
        return forloeb.isInProgress() && forloeb.activities().stream()
                .anyMatch(activity -> activity.id().equals(activityId) && activity.isOpen());
    }
}
