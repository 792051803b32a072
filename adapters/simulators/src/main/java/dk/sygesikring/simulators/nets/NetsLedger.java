package dk.sygesikring.simulators.nets;

import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.nets.NetsWireFormat.AmountJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.AmountRequestJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.ChargeCreatedJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.ChargeJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.ErrorDetailsJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.Errors;
import dk.sygesikring.simulators.nets.NetsWireFormat.MessageJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.NewPayment;
import dk.sygesikring.simulators.nets.NetsWireFormat.OrderDetailsJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.OrderItemJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.PaymentCreatedJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.PaymentDetailsJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.PaymentJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.RefundCreatedJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.RefundJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.RetrievedPaymentJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.Subscription;
import dk.sygesikring.simulators.nets.NetsWireFormat.SummaryJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.WebhookEventJson;
import dk.sygesikring.simulators.nets.WebhookDispatcher.Notification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The simulator's Nets: every payment, charge and refund, by merchant, and every answer given for an idempotency
 * key. Every method holds the lock, so two requests with one key do the work once, and a charge never takes more
 * than is left of the reservation however many arrive at once.
 *
 * <p>A payment belongs to the merchant that created it; to any other merchant it does not exist (404). Amounts are
 * in øre. What may still be charged or cancelled is the reservation less what is charged and cancelled; what may be
 * refunded is what a charge took less what was refunded of it.
 */
final class NetsLedger {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSxxx").withZone(ZoneOffset.UTC);

    enum State { CREATED, RESERVATION_FAILED, RESERVED }

    /** What identifies a request for its idempotency key: a key sent again with another request is refused. */
    record Fingerprint(String method, String path, JsonNode body) {
    }

    private record Remembered(Fingerprint request, Reply reply) {
    }

    private static final class Payment {
        private final String paymentId;
        private final String merchantId;
        private final NewPayment order;
        private final URI checkoutUrl;
        private final Instant created;
        private State state = State.CREATED;
        private long reserved;
        private long charged;
        private long cancelled;
        private long refunded;
        private int cancels;
        private final List<Charge> charges = new ArrayList<>();
        private final List<Refund> refunds = new ArrayList<>();

        private Payment(String paymentId, String merchantId, NewPayment order, URI checkoutUrl, Instant created) {
            this.paymentId = paymentId;
            this.merchantId = merchantId;
            this.order = order;
            this.checkoutUrl = checkoutUrl;
            this.created = created;
        }

        private long open() {
            return reserved - charged - cancelled;
        }
    }

    private static final class Charge {
        private final String chargeId;
        private final Payment payment;
        private final long amount;
        private final Instant created;
        private final List<OrderItemJson> orderItems;
        private long refunded;

        private Charge(String chargeId, Payment payment, long amount, Instant created, List<OrderItemJson> orderItems) {
            this.chargeId = chargeId;
            this.payment = payment;
            this.amount = amount;
            this.created = created;
            this.orderItems = orderItems;
        }
    }

    private record Refund(String refundId, String chargeId, long amount, Instant at) {
    }

    private final Clock clock;
    private final WebhookDispatcher webhooks;
    private final Map<String, Payment> payments = new HashMap<>();
    private final Map<String, Charge> charges = new HashMap<>();
    private final Map<String, Remembered> remembered = new HashMap<>();

    NetsLedger(Clock clock, WebhookDispatcher webhooks) {
        this.clock = clock;
        this.webhooks = webhooks;
    }

    /**
     * Runs the operation once per merchant and idempotency key: the same key with the same request again gets the
     * first answer and nothing is done; with another request, 409. Only a success is remembered: a refused request
     * is judged afresh when it comes again. Without a key the operation simply runs.
     */
    synchronized Reply once(String merchantId, @Nullable String idempotencyKey, Fingerprint request,
                            Supplier<Reply> operation) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return operation.get();
        }
        String scope = merchantId + " " + idempotencyKey;
        Remembered earlier = remembered.get(scope);
        if (earlier != null) {
            return earlier.request().equals(request) ? earlier.reply()
                    : Reply.json(409, new MessageJson("The Idempotency-Key was used with another request",
                    "IDEMPOTENCY_KEY_REUSED", NetsWireFormat.SOURCE));
        }
        Reply reply = operation.get();
        if (reply.status() >= 200 && reply.status() < 300) {
            remembered.put(scope, new Remembered(request, reply));
        }
        return reply;
    }

    /** 201 {@code {paymentId, hostedPaymentPageUrl}}; the page is {@code <checkoutBase>/checkout/<paymentId>}. */
    synchronized Reply create(String merchantId, NewPayment order, String checkoutBase) {
        String paymentId = newId();
        URI checkoutUrl = URI.create(checkoutBase + "/checkout/" + paymentId);
        Payment payment = new Payment(paymentId, merchantId, order, checkoutUrl, clock.instant());
        payments.put(paymentId, payment);
        emit(payment, NetsWireFormat.PAYMENT_CREATED, orderData(payment));
        return Reply.json(201, new PaymentCreatedJson(paymentId, checkoutUrl.toString()));
    }

    /** 200 {@code {"payment": {...}}}, or 404 for a payment that is not this merchant's. */
    synchronized Reply retrieve(String merchantId, String paymentId) {
        return paymentOf(merchantId, paymentId)
                .map(payment -> Reply.json(200, new RetrievedPaymentJson(toJson(payment))))
                .orElseGet(() -> notFound("Payment", paymentId));
    }

    /** 201 {@code {chargeId}}; 400 when there is no reservation or the amount is more than is left of it. */
    synchronized Reply charge(String merchantId, String paymentId, AmountRequestJson request) {
        Optional<Payment> found = paymentOf(merchantId, paymentId);
        if (found.isEmpty()) {
            return notFound("Payment", paymentId);
        }
        Payment payment = found.get();
        Errors errors = checkAmount(request);
        List<OrderItemJson> items = items(request, errors);
        if (!errors.any()) {
            checkOpen(payment, request.amount(), "charged", errors);
        }
        if (errors.any()) {
            return Reply.json(400, errors.toJson());
        }
        Charge charge = new Charge(newId(), payment, request.amount(), clock.instant(), items);
        payment.charges.add(charge);
        payment.charged += charge.amount;
        charges.put(charge.chargeId, charge);
        Map<String, Object> data = data(payment);
        data.put("chargeId", charge.chargeId);
        data.put("amount", amount(charge.amount));
        if (!items.isEmpty()) {
            data.put("orderItems", items);
        }
        emit(payment, NetsWireFormat.CHARGE_CREATED, data);
        return Reply.json(201, new ChargeCreatedJson(charge.chargeId));
    }

    /** 204; 400 when there is no reservation or the amount is more than is left of it uncharged. */
    synchronized Reply cancel(String merchantId, String paymentId, AmountRequestJson request) {
        Optional<Payment> found = paymentOf(merchantId, paymentId);
        if (found.isEmpty()) {
            return notFound("Payment", paymentId);
        }
        Payment payment = found.get();
        Errors errors = checkAmount(request);
        List<OrderItemJson> items = items(request, errors);
        if (!errors.any()) {
            checkOpen(payment, request.amount(), "cancelled", errors);
        }
        if (errors.any()) {
            return Reply.json(400, errors.toJson());
        }
        payment.cancelled += request.amount();
        payment.cancels++;
        Map<String, Object> data = data(payment);
        data.put("cancelId", newId());
        data.put("amount", amount(request.amount()));
        if (!items.isEmpty()) {
            data.put("orderItems", items);
        }
        emit(payment, NetsWireFormat.CANCEL_CREATED, data);
        return Reply.NO_CONTENT;
    }

    /** 201 {@code {refundId}}; 404 for another merchant's charge, 400 for more than is left of it to refund. */
    synchronized Reply refund(String merchantId, String chargeId, AmountRequestJson request) {
        Charge charge = charges.get(chargeId);
        if (charge == null || !charge.payment.merchantId.equals(merchantId)) {
            return notFound("Charge", chargeId);
        }
        Errors errors = checkAmount(request);
        items(request, errors);
        if (!errors.any() && request.amount() > charge.amount - charge.refunded) {
            errors.add("amount", "The amount " + request.amount() + " is more than the "
                    + (charge.amount - charge.refunded) + " of the charge that is not refunded");
        }
        if (errors.any()) {
            return Reply.json(400, errors.toJson());
        }
        Payment payment = charge.payment;
        Refund refund = new Refund(newId(), chargeId, request.amount(), clock.instant());
        charge.refunded += refund.amount();
        payment.refunded += refund.amount();
        payment.refunds.add(refund);
        Map<String, Object> initiated = data(payment);
        initiated.put("refundId", refund.refundId());
        initiated.put("chargeId", chargeId);
        initiated.put("amount", amount(refund.amount()));
        emit(payment, NetsWireFormat.REFUND_INITIATED, initiated);
        Map<String, Object> completed = data(payment);
        completed.put("refundId", refund.refundId());
        completed.put("amount", amount(refund.amount()));
        emit(payment, NetsWireFormat.REFUND_COMPLETED, completed);
        return Reply.json(201, new RefundCreatedJson(refund.refundId()));
    }

    /**
     * The citizen completes the hosted checkout: the order's amount is reserved on their card.
     *
     * @throws NoSuchElementException for an unknown payment
     * @throws IllegalStateException  when the checkout is completed already
     */
    synchronized SimulatedPayment complete(String paymentId) {
        Payment payment = payment(paymentId);
        if (payment.state == State.RESERVED) {
            throw new IllegalStateException("the checkout of payment " + paymentId + " is completed already");
        }
        payment.state = State.RESERVED;
        payment.reserved = payment.order.amount();
        emit(payment, NetsWireFormat.CHECKOUT_COMPLETED, orderData(payment));
        Map<String, Object> reservation = data(payment);
        reservation.put("paymentMethod", "Visa");
        reservation.put("paymentType", "CARD");
        reservation.put("amount", amount(payment.reserved));
        emit(payment, NetsWireFormat.RESERVATION_CREATED, reservation);
        return view(payment);
    }

    /**
     * The citizen's card is declined in the hosted checkout; they may try again (complete) afterwards.
     *
     * @throws NoSuchElementException for an unknown payment
     * @throws IllegalStateException  when the checkout is completed already
     */
    synchronized SimulatedPayment fail(String paymentId) {
        Payment payment = payment(paymentId);
        if (payment.state == State.RESERVED) {
            throw new IllegalStateException("the checkout of payment " + paymentId + " is completed already");
        }
        payment.state = State.RESERVATION_FAILED;
        Map<String, Object> data = data(payment);
        data.put("error", new ErrorDetailsJson("99", "Reservation declined (simulated)", NetsWireFormat.SOURCE));
        data.put("orderItems", payment.order.items());
        data.put("amount", amount(payment.order.amount()));
        emit(payment, NetsWireFormat.RESERVATION_FAILED, data);
        return view(payment);
    }

    /** Every payment made, once each however often it was asked for. */
    synchronized List<SimulatedPayment> views() {
        return payments.values().stream().map(NetsLedger::view).toList();
    }

    synchronized Optional<SimulatedPayment> view(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId)).map(NetsLedger::view);
    }

    /** For the hosted checkout page: the order, its return URL and whether it is completed. */
    synchronized Optional<CheckoutPage> page(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId)).map(payment -> new CheckoutPage(payment.paymentId,
                payment.order, payment.state, returnUrl(payment)));
    }

    record CheckoutPage(String paymentId, NewPayment order, State state, String returnUrl) {
    }

    /** Where the hosted page sends the citizen: the return URL with {@code paymentid}, as Nets adds it. */
    synchronized String returnUrl(String paymentId) {
        return returnUrl(payment(paymentId));
    }

    private static String returnUrl(Payment payment) {
        String url = payment.order.returnUrl().toString();
        return url + (url.contains("?") ? "&" : "?") + "paymentid=" + payment.paymentId;
    }

    private Payment payment(String paymentId) {
        Payment payment = payments.get(paymentId);
        if (payment == null) {
            throw new NoSuchElementException("no payment " + paymentId);
        }
        return payment;
    }

    private Optional<Payment> paymentOf(String merchantId, String paymentId) {
        return Optional.ofNullable(payments.get(paymentId)).filter(payment -> payment.merchantId.equals(merchantId));
    }

    private static Errors checkAmount(AmountRequestJson request) {
        Errors errors = new Errors();
        if (request.amount() == null || request.amount() <= 0) {
            errors.add("amount", "The amount is required and more than 0");
        }
        return errors;
    }

    /** The request's order items, if any: their gross amounts add up to the request's amount. */
    private static List<OrderItemJson> items(AmountRequestJson request, Errors errors) {
        List<OrderItemJson> items = request.orderItems() == null ? List.of() : request.orderItems();
        if (items.isEmpty()) {
            return items;
        }
        long total = NetsWireFormat.checkItems("orderItems", items, errors);
        if (request.amount() != null && total != request.amount()) {
            errors.add("orderItems", "The items' grossTotalAmount add up to " + total + ", not the amount "
                    + request.amount());
        }
        return List.copyOf(items);
    }

    private static void checkOpen(Payment payment, long amount, String what, Errors errors) {
        if (payment.state != State.RESERVED) {
            errors.add("paymentId", "Nothing is reserved: the checkout of the payment is not completed");
        } else if (payment.open() == 0 && payment.cancelled > 0) {
            errors.add("paymentId", "The reservation is cancelled");
        } else if (amount > payment.open()) {
            errors.add("amount", "The amount " + amount + " is more than the " + payment.open()
                    + " of the reservation that may still be " + what);
        }
    }

    private static Reply notFound(String what, String id) {
        return Reply.json(404, new MessageJson(what + " " + id + " not found", "NOT_FOUND", NetsWireFormat.SOURCE));
    }

    private static SimulatedPayment view(Payment payment) {
        return new SimulatedPayment(payment.paymentId, payment.merchantId, payment.order.reference(),
                payment.state.name(), payment.order.amount(), payment.reserved, payment.charged, payment.cancelled,
                payment.refunded, payment.charges.size(), payment.cancels, payment.refunds.size());
    }

    private PaymentJson toJson(Payment payment) {
        return new PaymentJson(payment.paymentId,
                SummaryJson.of(payment.reserved, payment.charged, payment.refunded, payment.cancelled),
                new OrderDetailsJson(payment.order.amount(), payment.order.currency(), payment.order.reference()),
                payment.state == State.RESERVED ? new PaymentDetailsJson("CARD", "Visa") : null,
                timestamp(payment.created),
                payment.charges.isEmpty() ? null : payment.charges.stream().map(charge -> new ChargeJson(charge.chargeId,
                        charge.amount, timestamp(charge.created), charge.orderItems.isEmpty() ? null : charge.orderItems))
                        .toList(),
                payment.refunds.isEmpty() ? null : payment.refunds.stream().map(refund -> new RefundJson(
                        refund.refundId(), refund.chargeId(), refund.amount(), "Completed", timestamp(refund.at())))
                        .toList());
    }

    private static Map<String, Object> data(Payment payment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("paymentId", payment.paymentId);
        return data;
    }

    private static Map<String, Object> orderData(Payment payment) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("amount", amount(payment.order.amount()));
        if (payment.order.reference() != null) {
            order.put("reference", payment.order.reference());
        }
        order.put("orderItems", payment.order.items());
        Map<String, Object> data = data(payment);
        data.put("order", order);
        return data;
    }

    private static AmountJson amount(long amount) {
        return new AmountJson(amount, NetsWireFormat.DKK);
    }

    /** Hands the event to every webhook of the payment that subscribes to it; delivered in the background. */
    private void emit(Payment payment, String event, Map<String, Object> data) {
        List<Subscription> subscribers = payment.order.webHooks().stream()
                .filter(subscription -> subscription.eventName().equals(event)).toList();
        if (subscribers.isEmpty()) {
            return;
        }
        String id = newId();
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(new WebhookEventJson(id, Long.parseLong(payment.merchantId),
                    timestamp(clock.instant()), event, data));
        } catch (IOException e) {
            throw new UncheckedIOException("the " + event + " event could not be written", e);
        }
        webhooks.send(subscribers.stream().map(subscription -> new Notification(id, event, payment.paymentId,
                subscription.url(), subscription.authorization(), body)).toList());
    }

    private static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** Nets's ids are 32 hexadecimal digits. */
    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
