package dk.sygesikring.application.port.out.nets;

import java.math.BigDecimal;

/**
 * Nets (Nexi) Easy, the card-payment service of the municipalities' payment agreements (INT-3, PAY-1). Each
 * municipality is a merchant of its own with its own secret key; {@link NetsKeys} says which keys to try. The
 * citizen reserves the amount in Nets's hosted checkout; this service then charges it when the card is dispatched
 * or cancels the reservation (CARD-12). Nets reports what happened by webhooks, which arrive at the REST edge.
 *
 * <p>Every call carries an idempotency key: a key Nets has seen does nothing new and answers the first result.
 * Every call may throw {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException} when Nets does
 * not answer after the adapter's retries or while its circuit breaker is open.
 */
public interface NetsPort {

    /** Creates the payment the citizen completes in the hosted checkout; nothing is reserved until they do. */
    NetsCheckout createPayment(NetsPaymentRequest request, NetsKeys keys);

    /** Charges (part of) the reserved amount; {@code reference} names what is charged, e.g. one card order. */
    NetsOutcome charge(String paymentId, BigDecimal kroner, String reference, String idempotencyKey, NetsKeys keys);

    /** Releases (part of) a reservation that will not be charged. */
    NetsOutcome cancel(String paymentId, BigDecimal kroner, String idempotencyKey, NetsKeys keys);

    /** Pays back (part of) a charge. */
    NetsOutcome refund(String chargeId, BigDecimal kroner, String idempotencyKey, NetsKeys keys);

    /** What Nets holds of the payment now: what is reserved, charged, cancelled and refunded. */
    NetsPaymentSummary payment(String paymentId, NetsKeys keys);
}
