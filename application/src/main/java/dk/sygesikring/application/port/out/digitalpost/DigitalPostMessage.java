package dk.sygesikring.application.port.out.digitalpost;

import java.util.Objects;
import java.util.UUID;

/**
 * One message for Digital Post: a PDF document with a title, to one recipient.
 *
 * @param id        unique per message; also the idempotency key the supplier sees, so a resend delivers once
 * @param forloebId the forløb the message belongs to (shown with the message in the supplier's records)
 */
public record DigitalPostMessage(UUID id, Recipient recipient, String title, byte[] pdf, UUID forloebId) {

    public DigitalPostMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(forloebId, "forloebId");
    }
}
