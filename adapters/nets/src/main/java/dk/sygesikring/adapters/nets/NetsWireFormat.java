package dk.sygesikring.adapters.nets;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the Nets Easy Payment API v1 that this adapter sends and reads (docs/integrations/nets.md), with
 * Nets's field names; amounts are integers in øre. What Nets answers is nullable throughout, so that
 * {@link NetsMapper} reports a missing field with a clear message; fields the adapter does not use are ignored.
 */
final class NetsWireFormat {

    static final String DKK = "DKK";
    static final String HOSTED_PAYMENT_PAGE = "HostedPaymentPage";
    /** Nets's unit of an item; each card is one piece. */
    static final String UNIT = "pcs";

    /** The events this service subscribes to for every payment. */
    static final List<String> EVENTS = List.of("payment.reservation.created.v2", "payment.reservation.failed",
            "payment.charge.created.v2", "payment.cancel.created", "payment.refund.completed");

    private NetsWireFormat() {
    }

    /** POST /v1/payments. */
    @Serdeable
    record CreatePaymentRequest(Order order, Checkout checkout, Notifications notifications) {
    }

    @Serdeable
    record Order(List<OrderItem> items, long amount, String currency, String reference) {
    }

    /** One card: quantity 1, no VAT (a municipal fee), so every amount is the price. */
    @Serdeable
    record OrderItem(String reference, String name, int quantity, String unit, long unitPrice, int taxRate,
                     long taxAmount, long grossTotalAmount, long netTotalAmount) {
    }

    /**
     * The hosted checkout: Nets's page, from which the citizen returns to {@code returnUrl}. {@code charge} false: the
     * amount is only reserved (CARD-12); {@code merchantHandlesConsumerData} true: Nets asks for the card only, not
     * for the citizen's name and address, which this service has no need to hand over.
     */
    @Serdeable
    record Checkout(String integrationType, String returnUrl, String termsUrl, boolean charge,
                    boolean merchantHandlesConsumerData) {
    }

    @Serdeable
    record Notifications(List<WebHook> webHooks) {
    }

    /** {@code authorization}: what Nets puts in the Authorization header of each event it posts to {@code url}. */
    @Serdeable
    record WebHook(String eventName, String url, String authorization) {
    }

    /** 201 to POST /v1/payments. */
    @Serdeable
    record PaymentCreated(@Nullable String paymentId, @Nullable String hostedPaymentPageUrl) {
    }

    /** POST /v1/payments/{paymentId}/charges: the item says what is charged. */
    @Serdeable
    record ChargeRequest(long amount, List<OrderItem> orderItems) {
    }

    /** POST /v1/payments/{paymentId}/cancels and /v1/charges/{chargeId}/refunds. */
    @Serdeable
    record AmountRequest(long amount) {
    }

    @Serdeable
    record ChargeCreated(@Nullable String chargeId) {
    }

    @Serdeable
    record RefundCreated(@Nullable String refundId) {
    }

    /** 200 to GET /v1/payments/{paymentId}. */
    @Serdeable
    record RetrievedPayment(@Nullable Payment payment) {
    }

    @Serdeable
    record Payment(@Nullable String paymentId, @Nullable Summary summary) {
    }

    /** Nets leaves out an amount that is 0; {@code {}} before the checkout is completed. */
    @Serdeable
    record Summary(@Nullable Long reservedAmount, @Nullable Long chargedAmount, @Nullable Long refundedAmount,
                   @Nullable Long cancelledAmount) {
    }

    /**
     * A refusal: Nets's validation errors by field ({@code {"errors": {"amount": ["..."]}}}), or one message with a
     * code ({@code {"message", "code", "source"}}); either may be missing.
     */
    @Serdeable
    record ErrorResponse(@Nullable Map<String, List<String>> errors, @Nullable String message, @Nullable String code,
                         @Nullable String source) {
    }
}
