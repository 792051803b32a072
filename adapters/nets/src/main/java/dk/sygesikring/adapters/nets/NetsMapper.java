package dk.sygesikring.adapters.nets;

import dk.sygesikring.adapters.nets.NetsWireFormat.Checkout;
import dk.sygesikring.adapters.nets.NetsWireFormat.CreatePaymentRequest;
import dk.sygesikring.adapters.nets.NetsWireFormat.ErrorResponse;
import dk.sygesikring.adapters.nets.NetsWireFormat.Notifications;
import dk.sygesikring.adapters.nets.NetsWireFormat.Order;
import dk.sygesikring.adapters.nets.NetsWireFormat.OrderItem;
import dk.sygesikring.adapters.nets.NetsWireFormat.PaymentCreated;
import dk.sygesikring.adapters.nets.NetsWireFormat.RetrievedPayment;
import dk.sygesikring.adapters.nets.NetsWireFormat.Summary;
import dk.sygesikring.adapters.nets.NetsWireFormat.WebHook;
import dk.sygesikring.application.port.out.nets.NetsCheckout;
import dk.sygesikring.application.port.out.nets.NetsPaymentRequest;
import dk.sygesikring.application.port.out.nets.NetsPaymentSummary;
import dk.sygesikring.resilience.DefectException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Between the port's types, in kroner, and Nets's wire format, in øre. */
final class NetsMapper {

    private NetsMapper() {
    }

    /**
     * Kroner as Nets's minor units, exactly: 149.50 kr is 14950.
     *
     * @throws IllegalArgumentException for an amount that is not more than 0 or not in whole øre: the caller's
     *                                  mistake, found before any request
     */
    static long ore(BigDecimal kroner) {
        Objects.requireNonNull(kroner, "kroner");
        if (kroner.signum() <= 0) {
            throw new IllegalArgumentException("an amount to Nets is more than 0 kr: " + kroner.toPlainString());
        }
        try {
            return kroner.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount to Nets is in whole øre: " + kroner.toPlainString(), e);
        }
    }

    /** Øre as kroner with two decimals; a missing amount is 0 (Nets leaves out what is 0). */
    static BigDecimal kroner(Long ore) {
        return BigDecimal.valueOf(ore == null ? 0 : ore, 2);
    }

    static CreatePaymentRequest toJson(NetsPaymentRequest request, URI termsUrl) {
        List<OrderItem> items = request.items().stream().map(item -> item(item.reference(), item.name(), ore(item.kroner())))
                .toList();
        long amount = items.stream().mapToLong(OrderItem::grossTotalAmount).sum();
        List<WebHook> webHooks = NetsWireFormat.EVENTS.stream()
                .map(event -> new WebHook(event, request.webhookUrl().toString(), request.webhookAuthorization()))
                .toList();
        return new CreatePaymentRequest(
                new Order(items, amount, NetsWireFormat.DKK, request.reference().toString()),
                new Checkout(NetsWireFormat.HOSTED_PAYMENT_PAGE, request.returnUrl().toString(), termsUrl.toString(),
                        false, true),
                new Notifications(webHooks));
    }

    static OrderItem item(String reference, String name, long ore) {
        return new OrderItem(reference, name, 1, NetsWireFormat.UNIT, ore, 0, 0, ore, ore);
    }

    /** An answer without a payment id or a hosted page that is an absolute URL is Nets's defect. */
    static NetsCheckout toCheckout(PaymentCreated json) {
        String paymentId = required(json.paymentId(), "paymentId", "the payment creation");
        String page = required(json.hostedPaymentPageUrl(), "hostedPaymentPageUrl", "the payment creation");
        try {
            URI url = URI.create(page);
            if (!url.isAbsolute()) {
                throw new IllegalArgumentException("not absolute");
            }
            return new NetsCheckout(paymentId, url);
        } catch (IllegalArgumentException e) {
            throw new DefectException("Nets answered the payment creation with a hostedPaymentPageUrl that is not an "
                    + "absolute URL: " + e.getMessage(), e);
        }
    }

    static NetsPaymentSummary toSummary(String paymentId, RetrievedPayment json) {
        if (json.payment() == null) {
            throw new DefectException("Nets answered the payment look-up without the payment");
        }
        Summary summary = json.payment().summary() == null ? new Summary(null, null, null, null) : json.payment().summary();
        return new NetsPaymentSummary(paymentId, kroner(summary.reservedAmount()), kroner(summary.chargedAmount()),
                kroner(summary.cancelledAmount()), kroner(summary.refundedAmount()));
    }

    /** Nets's id of what it did; missing or blank is Nets's defect. */
    static String required(String id, String field, String operation) {
        if (id == null || id.isBlank()) {
            throw new DefectException("Nets answered " + operation + " without " + field);
        }
        return id;
    }

    /**
     * Nets's refusal as one line: {@code "amount: <message>; paymentId: <message>"} for its validation errors,
     * else {@code "<code>: <message>"}, whichever it gave, else {@code "HTTP <status>"}.
     */
    static String reason(ErrorResponse json, int status) {
        Map<String, List<String>> errors = json.errors();
        if (errors != null && !errors.isEmpty()) {
            return errors.entrySet().stream()
                    .map(error -> error.getKey() + ": " + String.join(", ", error.getValue() == null ? List.of() : error.getValue()))
                    .collect(Collectors.joining("; "));
        }
        String code = blankToNull(json.code());
        String message = blankToNull(json.message());
        if (code == null && message == null) {
            return "HTTP " + status;
        }
        if (code == null || message == null) {
            return code == null ? message : code;
        }
        return code + ": " + message;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
