package dk.sygesikring.application.port.out.digitalpost;

import java.time.Instant;

/** Digital Post's answer to a message: delivered (now, or the first time for a repeated id), or not deliverable. */
public sealed interface DigitalPostOutcome {

    record Delivered(String deliveryId, Instant deliveredAt) implements DigitalPostOutcome {
    }

    /** The recipient has no Digital Post mailbox (not enrolled, exempt, or under 15): physical mail is needed (LET-4). */
    record NotEnrolled() implements DigitalPostOutcome {
    }

    /** Digital Post will not take this message (e.g. not a valid PDF); resending does not help. */
    record Rejected(String reason) implements DigitalPostOutcome {
    }
}
