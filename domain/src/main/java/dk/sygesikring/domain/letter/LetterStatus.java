package dk.sygesikring.domain.letter;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a letter is (LET-6, fixed: the reference system could not show whether a letter was delivered). A letter
 * moves forward only: queued for a channel, sent (the channel took it), delivered, and failed when a posted letter
 * comes back undeliverable; a report that comes late or twice never moves it back. A letter withdrawn before it went
 * stays withdrawn.
 */
public sealed interface LetterStatus {

    Instant at();

    /** How far along the letter is; a status of a lower rank than the current one is a late report. */
    int rank();

    /** Waiting in the outbox for its channel. */
    record Queued(LetterChannel channel, Instant at) implements LetterStatus {
        public Queued {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public int rank() {
            return 0;
        }
    }

    /** Taken by its channel: accepted for print, with the supplier's reference (printed letters report on). */
    record Sent(LetterChannel channel, String reference, Instant at) implements LetterStatus {
        public Sent {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public int rank() {
            return 1;
        }
    }

    /** In the recipient's Digital Post, or posted by the print supplier. */
    record Delivered(LetterChannel channel, String reference, Instant at) implements LetterStatus {
        public Delivered {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public int rank() {
            return 2;
        }
    }

    /** Not delivered: refused, returned undeliverable after posting, or no way left to send it; the reason says which. */
    record Failed(LetterChannel channel, String reason, Instant at) implements LetterStatus {
        public Failed {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public int rank() {
            return 3;
        }
    }

    /** Its forløb was cancelled before it went; a letter already with print is not withdrawn (LET-5). */
    record Withdrawn(Instant at) implements LetterStatus {
        public Withdrawn {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public int rank() {
            return 3;
        }
    }

    /** Delivered or past it: nothing is sent any more, though a posted letter may still come back undeliverable. */
    default boolean isFinal() {
        return rank() >= 2;
    }

    default String name() {
        return switch (this) {
            case Queued queued -> "QUEUED";
            case Sent sent -> "SENT";
            case Delivered delivered -> "DELIVERED";
            case Failed failed -> "FAILED";
            case Withdrawn withdrawn -> "WITHDRAWN";
        };
    }
}
