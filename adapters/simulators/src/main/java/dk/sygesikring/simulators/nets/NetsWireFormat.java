package dk.sygesikring.simulators.nets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON of the Nets Easy Payment API v1 as the simulator speaks it (docs/integrations/nets.md): the part of it
 * this service uses, with Nets's field names, amounts in minor units (øre). A request's fields are nullable so that
 * a missing one is answered like Nets does, with 400 and {@code {"errors": {"<field>": ["..."]}}}.
 */
final class NetsWireFormat {

    static final String DKK = "DKK";
    static final String HOSTED_PAYMENT_PAGE = "HostedPaymentPage";
    static final String SOURCE = "Nets simulator";

    static final String PAYMENT_CREATED = "payment.created";
    static final String CHECKOUT_COMPLETED = "payment.checkout.completed";
    static final String RESERVATION_CREATED = "payment.reservation.created.v2";
    static final String RESERVATION_FAILED = "payment.reservation.failed";
    static final String CHARGE_CREATED = "payment.charge.created.v2";
    static final String CANCEL_CREATED = "payment.cancel.created";
    static final String REFUND_INITIATED = "payment.refund.initiated.v2";
    static final String REFUND_COMPLETED = "payment.refund.completed";

    /** The events a payment may subscribe to: Nets's list; the simulator makes those above, never the others. */
    static final Set<String> EVENT_NAMES = Set.of(PAYMENT_CREATED, "payment.reservation.created", RESERVATION_CREATED,
            RESERVATION_FAILED, CHECKOUT_COMPLETED, CHARGE_CREATED, "payment.charge.failed", REFUND_INITIATED,
            "payment.refund.failed", REFUND_COMPLETED, CANCEL_CREATED, "payment.cancel.failed");

    private static final int LONGEST_TEXT = 128;
    private static final int LONGEST_URL = 256;
    private static final int MOST_WEBHOOKS = 32;
    private static final Pattern WEBHOOK_AUTHORIZATION = Pattern.compile("[a-zA-Z0-9\\-= ]{8,64}");

    private NetsWireFormat() {
    }

    // --- requests -------------------------------------------------------------------------------------------

    /** POST /v1/payments. */
    @Serdeable
    record CreatePaymentJson(@Nullable OrderJson order, @Nullable CheckoutJson checkout,
                             @Nullable NotificationsJson notifications) {
    }

    @Serdeable
    record OrderJson(@Nullable List<OrderItemJson> items, @Nullable Long amount, @Nullable String currency,
                     @Nullable String reference) {
    }

    /** An order item as Nets has it; amounts in øre, {@code taxRate} in hundredths of a percent (2500 = 25 %). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrderItemJson(@Nullable String reference, @Nullable String name, @Nullable BigDecimal quantity,
                         @Nullable String unit, @Nullable Long unitPrice, @Nullable Integer taxRate,
                         @Nullable Long taxAmount, @Nullable Long grossTotalAmount, @Nullable Long netTotalAmount) {
    }

    @Serdeable
    record CheckoutJson(@Nullable String integrationType, @Nullable String returnUrl, @Nullable String cancelUrl,
                        @Nullable String termsUrl, @Nullable Boolean charge,
                        @Nullable Boolean merchantHandlesConsumerData) {
    }

    @Serdeable
    record NotificationsJson(@Nullable List<WebHookJson> webHooks) {
    }

    /** {@code authorization} comes back in the Authorization header of each of the webhook's events. */
    @Serdeable
    record WebHookJson(@Nullable String eventName, @Nullable String url, @Nullable String authorization) {
    }

    /** POST /v1/payments/{id}/charges, /cancels and /v1/charges/{id}/refunds. */
    @Serdeable
    record AmountRequestJson(@Nullable Long amount, @Nullable List<OrderItemJson> orderItems) {
    }

    // --- answers --------------------------------------------------------------------------------------------

    @Serdeable
    record PaymentCreatedJson(String paymentId, String hostedPaymentPageUrl) {
    }

    @Serdeable
    record ChargeCreatedJson(String chargeId) {
    }

    @Serdeable
    record RefundCreatedJson(String refundId) {
    }

    /** GET /v1/payments/{id}. */
    @Serdeable
    record RetrievedPaymentJson(PaymentJson payment) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaymentJson(String paymentId, SummaryJson summary, OrderDetailsJson orderDetails,
                       @Nullable PaymentDetailsJson paymentDetails, String created, @Nullable List<ChargeJson> charges,
                       @Nullable List<RefundJson> refunds) {
    }

    /** As Nets: an amount that is 0 is left out, so {@code {}} before the checkout is completed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SummaryJson(@Nullable Long reservedAmount, @Nullable Long chargedAmount, @Nullable Long refundedAmount,
                       @Nullable Long cancelledAmount) {

        static SummaryJson of(long reserved, long charged, long refunded, long cancelled) {
            return new SummaryJson(positive(reserved), positive(charged), positive(refunded), positive(cancelled));
        }

        private static Long positive(long amount) {
            return amount > 0 ? amount : null;
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrderDetailsJson(long amount, String currency, @Nullable String reference) {
    }

    @Serdeable
    record PaymentDetailsJson(String paymentType, String paymentMethod) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChargeJson(String chargeId, long amount, String created, @Nullable List<OrderItemJson> orderItems) {
    }

    @Serdeable
    record RefundJson(String refundId, String chargeId, long amount, String state, String lastUpdated) {
    }

    /** 400: what is wrong, by field, as Nets answers a request it does not accept. */
    @Serdeable
    record ErrorsJson(Map<String, List<String>> errors) {
    }

    /** 401, 404, 409: one message, with the simulator's own code. */
    @Serdeable
    record MessageJson(String message, String code, String source) {
    }

    // --- webhooks -------------------------------------------------------------------------------------------

    /** The body of every webhook; {@code data} as Nets has it for the event, always with the payment's id. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WebhookEventJson(String id, long merchantId, String timestamp, String event, Map<String, Object> data) {
    }

    @Serdeable
    record AmountJson(long amount, String currency) {
    }

    @Serdeable
    record ErrorDetailsJson(String code, String message, String source) {
    }

    // --- the simulator's own --------------------------------------------------------------------------------

    /** PUT /simulator/merchants/{merchantId}. */
    @Serdeable
    record MerchantJson(@Nullable String secretKey) {
    }

    @Serdeable
    record MerchantIdJson(String merchantId) {
    }

    /** PUT /simulator/webhook-faults; a missing field has its harmless value. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WebhookFaultsJson(@Nullable Integer repeat, @Nullable Boolean shuffle, @Nullable Long delayMillis) {

        WebhookFaults toFaults() {
            return new WebhookFaults(repeat == null ? 1 : repeat, Boolean.TRUE.equals(shuffle),
                    Duration.ofMillis(delayMillis == null ? 0 : delayMillis));
        }

        static WebhookFaultsJson of(WebhookFaults faults) {
            return new WebhookFaultsJson(faults.repeat(), faults.shuffle(), faults.delay().toMillis());
        }
    }

    /** POST /simulator/checkouts/{id}/complete or /fail: where the hosted page sends the citizen next. */
    @Serdeable
    record CheckoutResultJson(String paymentId, String state, String returnUrl) {
    }

    // --- reading and checking a payment to create -------------------------------------------------------------

    /** A webhook subscription of a payment, checked. */
    record Subscription(String eventName, URI url, String authorization) {
    }

    /** A payment to create, checked: every amount adds up. */
    record NewPayment(List<OrderItemJson> items, long amount, String currency, @Nullable String reference,
                      URI returnUrl, List<Subscription> webHooks) {
    }

    /** What is wrong with a request, by field, in the order found. */
    static final class Errors {

        private final Map<String, List<String>> byField = new LinkedHashMap<>();

        Errors add(String field, String message) {
            byField.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
            return this;
        }

        boolean any() {
            return !byField.isEmpty();
        }

        ErrorsJson toJson() {
            return new ErrorsJson(byField);
        }
    }

    /** The payment, or the errors that keep it from being created. */
    static NewPayment newPayment(CreatePaymentJson json, Errors errors) {
        OrderJson order = json.order();
        long total = 0;
        List<OrderItemJson> items = List.of();
        if (order == null) {
            errors.add("order", "The order is required");
        } else {
            items = order.items() == null ? List.of() : order.items();
            if (items.isEmpty()) {
                errors.add("order.items", "The order has at least one item");
            }
            total = checkItems("order.items", items, errors);
            if (order.amount() == null || order.amount() <= 0) {
                errors.add("order.amount", "The amount is required and more than 0");
            } else if (order.amount() != total) {
                errors.add("order.amount", "The amount " + order.amount() + " is not the sum " + total
                        + " of the items' grossTotalAmount");
            }
            if (!DKK.equals(order.currency())) {
                errors.add("order.currency", "The simulator takes only DKK, not " + order.currency());
            }
            checkLength("order.reference", order.reference(), errors);
        }
        URI returnUrl = null;
        CheckoutJson checkout = json.checkout();
        if (checkout == null) {
            errors.add("checkout", "The checkout is required");
        } else {
            if (!HOSTED_PAYMENT_PAGE.equals(checkout.integrationType())) {
                errors.add("checkout.integrationType", "The simulator serves only " + HOSTED_PAYMENT_PAGE);
            }
            returnUrl = url("checkout.returnUrl", checkout.returnUrl(), errors);
            url("checkout.termsUrl", checkout.termsUrl(), errors);
        }
        List<Subscription> webHooks = subscriptions(json.notifications(), errors);
        return errors.any() ? null : new NewPayment(items, total, DKK, order.reference(), returnUrl, webHooks);
    }

    /**
     * Checks order items of a charge, a cancel or a refund (or of the order) and returns the sum of their
     * {@code grossTotalAmount}.
     */
    static long checkItems(String field, List<OrderItemJson> items, Errors errors) {
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            OrderItemJson item = items.get(i);
            String at = field + "[" + i + "]";
            if (item == null) {
                errors.add(at, "An item is an object");
                continue;
            }
            required(at + ".reference", item.reference(), errors);
            required(at + ".name", item.name(), errors);
            required(at + ".unit", item.unit(), errors);
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                errors.add(at + ".quantity", "The quantity is more than 0");
            }
            if (item.unitPrice() == null || item.netTotalAmount() == null || item.grossTotalAmount() == null) {
                errors.add(at, "unitPrice, netTotalAmount and grossTotalAmount are required");
                continue;
            }
            long tax = item.taxAmount() == null ? 0 : item.taxAmount();
            if (item.quantity() != null && BigDecimal.valueOf(item.unitPrice()).multiply(item.quantity())
                    .setScale(0, RoundingMode.HALF_UP).longValue() != item.netTotalAmount()) {
                errors.add(at + ".netTotalAmount", "netTotalAmount is unitPrice * quantity");
            }
            if (item.grossTotalAmount() != item.netTotalAmount() + tax) {
                errors.add(at + ".grossTotalAmount", "grossTotalAmount is netTotalAmount + taxAmount");
            }
            total += item.grossTotalAmount();
        }
        return total;
    }

    private static List<Subscription> subscriptions(NotificationsJson notifications, Errors errors) {
        if (notifications == null || notifications.webHooks() == null) {
            return List.of();
        }
        List<WebHookJson> webHooks = notifications.webHooks();
        if (webHooks.size() > MOST_WEBHOOKS) {
            errors.add("notifications.webHooks", "At most " + MOST_WEBHOOKS + " webhooks");
        }
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < webHooks.size(); i++) {
            WebHookJson webHook = webHooks.get(i);
            String at = "notifications.webHooks[" + i + "]";
            if (webHook == null) {
                errors.add(at, "A webhook is an object");
                continue;
            }
            if (!EVENT_NAMES.contains(webHook.eventName())) {
                errors.add(at + ".eventName", "Unknown event " + webHook.eventName());
            }
            URI url = url(at + ".url", webHook.url(), errors);
            if (webHook.url() != null && webHook.url().length() > LONGEST_URL) {
                errors.add(at + ".url", "At most " + LONGEST_URL + " characters");
            }
            if (webHook.authorization() == null || !WEBHOOK_AUTHORIZATION.matcher(webHook.authorization()).matches()) {
                errors.add(at + ".authorization", "8-64 characters: letters, digits, '-', '=' and space");
            }
            if (url != null) {
                subscriptions.add(new Subscription(webHook.eventName(), url, webHook.authorization()));
            }
        }
        return subscriptions;
    }

    private static URI url(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "The URL is required");
            return null;
        }
        try {
            URI url = new URI(value);
            if (url.isAbsolute() && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                    && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.add(field, "Not an absolute http(s) URL: " + value);
        return null;
    }

    private static void required(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Required");
        } else {
            checkLength(field, value, errors);
        }
    }

    private static void checkLength(String field, String value, Errors errors) {
        if (value != null && value.length() > LONGEST_TEXT) {
            errors.add(field, "At most " + LONGEST_TEXT + " characters");
        }
    }
}
