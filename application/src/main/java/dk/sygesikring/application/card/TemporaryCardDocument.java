package dk.sygesikring.application.card;

import java.time.Instant;
import java.util.Objects;

/**
 * A temporary card to print (CARD-4): its PDF, the one sent to Digital Post, and when it was issued, which is when
 * the document last changed: it never changes after.
 */
public record TemporaryCardDocument(byte[] pdf, Instant issuedAt) {

    public TemporaryCardDocument {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
