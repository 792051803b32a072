package dk.sygesikring.application.port.out.digitalpost;

import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A rendered letter on its way to Digital Post through the outbox (LET-5, INT-4). The PDF is kept after delivery: it
 * is the exact document sent (LET-6).
 *
 * @param activityId     the open activity of the forløb that the letter's delivery closes
 * @param ifNotDelivered what follows when Digital Post cannot deliver it
 */
public record DigitalPostLetter(UUID activityId, Recipient recipient, String title, byte[] pdf, IfNotDelivered ifNotDelivered)
        implements OutboxPayload {

    public DigitalPostLetter {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(ifNotDelivered, "ifNotDelivered");
    }

    /** A letter that goes by physical mail when Digital Post cannot deliver it (LET-4). */
    public DigitalPostLetter(UUID activityId, Recipient recipient, String title, byte[] pdf) {
        this(activityId, recipient, title, pdf, IfNotDelivered.PHYSICAL_MAIL);
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.DIGITAL_POST_LETTER;
    }
}
