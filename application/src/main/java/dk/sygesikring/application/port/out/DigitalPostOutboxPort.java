package dk.sygesikring.application.port.out;

import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Letters waiting to reach Digital Post (LET-5, INT-4). A letter is written, rendered, in the same transaction as the
 * forløb activity that sends it, and delivered later; its id is the idempotency key Digital Post sees, so a repeated
 * delivery delivers nothing twice. The PDF is kept after delivery: it is the exact document sent (LET-6).
 */
public interface DigitalPostOutboxPort {

    /**
     * A rendered letter on its way to one recipient.
     *
     * @param activityId the open activity of the forløb that the letter's delivery closes
     */
    record Letter(UUID id, ForloebId forloebId, UUID activityId, Recipient recipient, String title, byte[] pdf) {

        public Letter {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(forloebId, "forloebId");
            Objects.requireNonNull(activityId, "activityId");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(pdf, "pdf");
        }
    }

    /** A letter due for delivery and how many attempts it has had. */
    record Due(Letter letter, int attempts) {
    }

    /** Stores the letter, due at once; in the caller's transaction. */
    void enqueue(Letter letter, Instant now);

    /**
     * The next letter due for delivery, locked for this transaction and skipped by every other (several service
     * instances deliver side by side, each letter once).
     */
    Optional<Due> claimNextDue(Instant now);

    /** Delivered: {@code deliveredAt} is Digital Post's time of the (first) delivery. */
    void markDelivered(UUID id, String deliveryId, Instant deliveredAt);

    /** Not deliverable by Digital Post, never tried again; {@code reason} says why. */
    void markFailed(UUID id, String reason, Instant at);

    void retryLater(UUID id, String error, Instant nextAttempt);
}
