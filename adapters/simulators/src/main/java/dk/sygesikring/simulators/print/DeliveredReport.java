package dk.sygesikring.simulators.print;

import dk.sygesikring.simulators.reports.ReportFaults;
import java.time.Instant;
import java.util.UUID;

/**
 * A report the service acknowledged (2xx).
 *
 * @param reason   why the letter could not be delivered; null but for UNDELIVERABLE
 * @param copy     which delivery of the report this was: 1, or up to {@link ReportFaults#repeat()}
 * @param attempts how many times this copy was sent, the acknowledged attempt included
 */
public record DeliveredReport(UUID reportId, UUID letterId, LetterStatus status, Instant occurredAt,
                              String printReference, String reason, int copy, int attempts, Instant acknowledgedAt) {
}
