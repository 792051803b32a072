package dk.sygesikring.simulators.print;

import dk.sygesikring.simulators.reports.SignedReporter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One status change the print supplier reports to the service: PRINTED, POSTED or UNDELIVERABLE (with its reason).
 * Its id follows from the letter and the status, so a report sent again (a retry, a repeat) is recognisably the same
 * report.
 */
record Report(UUID reportId, UUID letterId, LetterStatus status, Instant occurredAt, String printReference,
              String reason) implements SignedReporter.Report {

    Report {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(printReference, "printReference");
        if (status == LetterStatus.ACCEPTED) {
            throw new IllegalArgumentException("an accepted letter is answered, not reported");
        }
    }

    @Override
    public UUID subjectId() {
        return letterId;
    }

    @Override
    public String statusName() {
        return status.name();
    }

    /** The report of the step {@code letter} is at now. */
    static Report of(ReceivedLetter letter) {
        UUID letterId = letter.letter().letterId();
        UUID reportId = UUID.nameUUIDFromBytes(("print report " + letterId + " " + letter.status())
                .getBytes(StandardCharsets.UTF_8));
        return new Report(reportId, letterId, letter.status(), letter.occurredAt(), letter.printReference(),
                letter.reason());
    }
}
