package dk.sygesikring.application.deadline;

import dk.sygesikring.domain.forloeb.ForloebId;
import java.time.Instant;
import java.util.Objects;

/** A moment by which something must have happened in a forløb. */
public record Deadline(Kind kind, ForloebId forloebId, Instant dueAt) {

    public enum Kind {
        /** DOC-5: "don't know" becomes a final "no" when not decided within the consent period (8 days). */
        CONSENT,
        /** DOC-4: no answer from the doctor within the answer period (14 days) is a silent rejection. */
        DISPENSATION,
        /** CARD-5: the cards of a future doctor change are ordered 14 days before its effective date. */
        CARD_PRE_ORDER
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
