package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.print.PrintStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What the print supplier reports of a letter it accepted (LET-5, LET-6); it may come late, twice, or out of order. */
public record PrintReport(UUID reportId, UUID letterId, PrintStatus status, Instant occurredAt, String printReference,
                          Optional<String> reason) {

    public PrintReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(printReference, "printReference");
        Objects.requireNonNull(reason, "reason");
    }
}
