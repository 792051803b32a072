package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.SupplierStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One report from the card supplier about one order: drawn or dispatched.
 *
 * @param reportId the supplier's id of the report: a report delivered again has the same id and changes nothing
 */
public record SupplierReport(UUID reportId, UUID orderId, SupplierStatus status, Instant occurredAt,
                             String supplierReference) {

    public SupplierReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(supplierReference, "supplierReference");
    }
}
