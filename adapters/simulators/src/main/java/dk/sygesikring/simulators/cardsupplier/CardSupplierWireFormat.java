package dk.sygesikring.simulators.cardsupplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.reports.SignedReporter;
import io.micronaut.serde.annotation.Serdeable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON the card supplier simulator speaks (docs/integrations/card-supplier.md), and its mapping to and from its
 * model. The card supplier adapter depends on exactly these field names, and the service's report endpoint on those
 * of {@link ReportJson}.
 */
public final class CardSupplierWireFormat {

    static final String ADDRESS = "ADDRESS";
    static final String UNKNOWN_ADDRESS = "UNKNOWN_ADDRESS";

    private CardSupplierWireFormat() {
    }

    /** POST /orders takes this; {@code doctor} is null in group 2. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OrderJson(String orderId, String cpr, String name, String address, Integer group, DoctorJson doctor,
                            String validFrom, DeliveryJson delivery) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DoctorJson(String providerNumber, String practiceName, String address) {
    }

    /** {@code type} ADDRESS with {@code address}, or UNKNOWN_ADDRESS with {@code municipalityCode}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryJson(String type, String address, String municipalityCode) {
    }

    /** ... and answers this: 201 when taken now, 200 with the first answer for an id seen before. */
    @Serdeable
    public record ReceiptJson(String supplierReference, String receivedAt) {
    }

    /** DELETE /orders/{orderId}: 200, also for an order withdrawn before. */
    @Serdeable
    public record CancelledJson(String status, String cancelledAt) {
    }

    /** DELETE /orders/{orderId}: 409 when the card is drawn. */
    @Serdeable
    public record AlreadyDrawnJson(String reason, String drawnAt) {
    }

    /** A refusal: a reason code ("INVALID_REQUEST", "DOCTOR_REQUIRED", ...) and what it means. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RefusalJson(String reason, String message) {
    }

    /** GET /orders/{orderId}: where the order is, the times of its steps (null until they happen) and the order. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OrderStatusJson(String orderId, String supplierReference, String status, String receivedAt,
                                  String drawnAt, String dispatchedAt, String cancelledAt, OrderJson order) {
    }

    /** POST to the report target, signed (ReportSignature): a status change of one order. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportJson(String reportId, String orderId, String status, String occurredAt,
                             String supplierReference) {
    }

    /** GET /simulator/reports: a copy of a report the service acknowledged. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeliveredReportJson(String reportId, String orderId, String status, String occurredAt,
                                      String supplierReference, int copy, int attempts, String acknowledgedAt) {
    }

    /** GET /simulator/reports/pending: a report not yet acknowledged, and why its last attempt failed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PendingReportJson(String reportId, String orderId, String status, int copy, int attempts,
                                    String lastFailure) {
    }

    /** POST /simulator/production/run: the orders it drew and dispatched. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProductionRunJson(List<String> dispatched) {
    }

    /** PUT /simulator/production/automatic: each new order drawn and dispatched these times after it is received. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AutomaticProductionJson(Long drawAfterMillis, Long dispatchAfterMillis) {
    }

    /** Reads a POST body; throws IllegalArgumentException (400) saying what is wrong with its form. */
    static CardOrder toOrder(OrderJson json) {
        UUID orderId = uuid(required(json.orderId(), "orderId"), "orderId");
        String cpr = required(json.cpr(), "cpr");
        Cpr.problemWith(cpr).ifPresent(problem -> {
            throw new IllegalArgumentException("cpr: " + problem);
        });
        Optional<CardOrder.Doctor> doctor = Optional.ofNullable(json.doctor()).map(shown -> new CardOrder.Doctor(
                providerNumber(required(shown.providerNumber(), "doctor.providerNumber")),
                text(shown.practiceName(), "doctor.practiceName"), text(shown.address(), "doctor.address")));
        return new CardOrder(orderId, Cpr.of(cpr), text(json.name(), "name"), text(json.address(), "address"),
                required(json.group(), "group"), doctor, date(required(json.validFrom(), "validFrom")),
                delivery(required(json.delivery(), "delivery")));
    }

    static OrderJson toJson(CardOrder order) {
        DeliveryJson delivery = switch (order.delivery()) {
            case CardOrder.Delivery.ToAddress post -> new DeliveryJson(ADDRESS, post.address(), null);
            case CardOrder.Delivery.UnknownAddress unknown -> new DeliveryJson(UNKNOWN_ADDRESS, null,
                    unknown.municipality().value());
        };
        return new OrderJson(order.orderId().toString(), order.cpr().value(), order.name(), order.address(),
                order.group(), order.doctor().map(shown -> new DoctorJson(shown.providerNumber().value(),
                        shown.practiceName(), shown.address())).orElse(null),
                order.validFrom().toString(), delivery);
    }

    static ReceiptJson receipt(PlacedOrder order) {
        return new ReceiptJson(order.supplierReference(), order.receivedAt().toString());
    }

    static OrderStatusJson toJson(PlacedOrder order) {
        return new OrderStatusJson(order.order().orderId().toString(), order.supplierReference(),
                order.status().name(), text(order.receivedAt()), text(order.drawnAt()), text(order.dispatchedAt()),
                text(order.cancelledAt()), toJson(order.order()));
    }

    static ReportJson toJson(Report report) {
        return new ReportJson(report.reportId().toString(), report.orderId().toString(), report.status().name(),
                report.occurredAt().toString(), report.supplierReference());
    }

    static DeliveredReportJson toJson(DeliveredReport report) {
        return new DeliveredReportJson(report.reportId().toString(), report.orderId().toString(),
                report.status().name(), report.occurredAt().toString(), report.supplierReference(), report.copy(),
                report.attempts(), report.acknowledgedAt().toString());
    }

    static PendingReportJson toJson(SignedReporter.PendingReport<Report> pending) {
        return new PendingReportJson(pending.report().reportId().toString(), pending.report().orderId().toString(),
                pending.report().status().name(), pending.copy(), pending.attempts(), pending.lastFailure());
    }

    private static CardOrder.Delivery delivery(DeliveryJson json) {
        String type = required(json.type(), "delivery.type");
        return switch (type) {
            case ADDRESS -> {
                if (json.municipalityCode() != null) {
                    throw new IllegalArgumentException("delivery.municipalityCode goes with UNKNOWN_ADDRESS only");
                }
                yield new CardOrder.Delivery.ToAddress(text(json.address(), "delivery.address"));
            }
            case UNKNOWN_ADDRESS -> {
                if (json.address() != null) {
                    throw new IllegalArgumentException("delivery.address goes with ADDRESS only");
                }
                yield new CardOrder.Delivery.UnknownAddress(
                        municipality(required(json.municipalityCode(), "delivery.municipalityCode")));
            }
            default -> throw new IllegalArgumentException(
                    "delivery.type is ADDRESS or UNKNOWN_ADDRESS, not " + type);
        };
    }

    private static ProviderNumber providerNumber(String value) {
        try {
            return ProviderNumber.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("doctor.providerNumber: " + e.getMessage(), e);
        }
    }

    private static MunicipalityCode municipality(String value) {
        try {
            return MunicipalityCode.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("delivery.municipalityCode: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("validFrom is a date, yyyy-MM-dd: " + value, e);
        }
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is a UUID: " + value, e);
        }
    }

    private static String text(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return value;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
