package dk.sygesikring.simulators.cardsupplier;

import dk.sygesikring.simulators.reports.SignedReporter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One status change the supplier reports to the service: DRAWN or DISPATCHED. Its id follows from the order and the
 * status, so a report sent again (a retry, a repeat) is recognisably the same report.
 */
record Report(UUID reportId, UUID orderId, OrderStatus status, Instant occurredAt, String supplierReference)
        implements SignedReporter.Report {

    Report {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(supplierReference, "supplierReference");
    }

    @Override
    public UUID subjectId() {
        return orderId;
    }

    @Override
    public String statusName() {
        return status.name();
    }

    static Report of(PlacedOrder order, OrderStatus status, Instant occurredAt) {
        UUID orderId = order.order().orderId();
        UUID reportId = UUID.nameUUIDFromBytes(("card supplier report " + orderId + " " + status)
                .getBytes(StandardCharsets.UTF_8));
        return new Report(reportId, orderId, status, occurredAt, order.supplierReference());
    }
}
