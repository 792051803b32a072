package dk.sygesikring.application.payment;

import java.util.Objects;

/**
 * One webhook event of Nets about a payment, as its webhook names it.
 *
 * @param eventId Nets's id of the event: an event delivered again has the same id and changes nothing
 * @param name    e.g. {@code payment.reservation.created.v2}, {@code payment.charge.created.v2}
 */
public record NetsEvent(String eventId, String name, String netsPaymentId) {

    public static final String RESERVATION_CREATED = "payment.reservation.created";
    public static final String RESERVATION_FAILED = "payment.reservation.failed";

    public NetsEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(netsPaymentId, "netsPaymentId");
    }

    /** The event's kind without its version: {@code payment.reservation.created.v2} is a reservation. */
    String kind() {
        return name.replaceFirst("\\.v\\d+$", "");
    }
}
