package dk.sygesikring.application.letter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A letter's PDF as stored when it was written (ADR 0029), and when that was: the document never changes after. */
public record LetterDocument(UUID letterId, byte[] pdf, Instant writtenAt) {

    public LetterDocument {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
