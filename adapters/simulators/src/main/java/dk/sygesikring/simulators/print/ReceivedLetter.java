package dk.sygesikring.simulators.print;

import java.time.Instant;
import java.util.Objects;

/**
 * A letter the print supplier accepted, where it is, and when each step happened (null until it did).
 *
 * @param reason why it could not be delivered, once UNDELIVERABLE
 */
record ReceivedLetter(Letter letter, String printReference, Instant acceptedAt, LetterStatus status, Instant printedAt,
                      Instant postedAt, Instant undeliverableAt, String reason) {

    ReceivedLetter {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(printReference, "printReference");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(status, "status");
    }

    static ReceivedLetter accepted(Letter letter, String printReference, Instant at) {
        return new ReceivedLetter(letter, printReference, at, LetterStatus.ACCEPTED, null, null, null, null);
    }

    ReceivedLetter printed(Instant at) {
        return new ReceivedLetter(letter, printReference, acceptedAt, LetterStatus.PRINTED, at, null, null, null);
    }

    ReceivedLetter posted(Instant at) {
        return new ReceivedLetter(letter, printReference, acceptedAt, LetterStatus.POSTED, printedAt, at, null, null);
    }

    ReceivedLetter undeliverable(Instant at, String why) {
        return new ReceivedLetter(letter, printReference, acceptedAt, LetterStatus.UNDELIVERABLE, printedAt, postedAt,
                at, why);
    }

    /** The time of the step the letter is at. */
    Instant occurredAt() {
        return switch (status) {
            case ACCEPTED -> acceptedAt;
            case PRINTED -> printedAt;
            case POSTED -> postedAt;
            case UNDELIVERABLE -> undeliverableAt;
        };
    }
}
