package dk.sygesikring.simulators.nets;

import com.sun.net.httpserver.HttpExchange;
import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.http.Simulator;
import dk.sygesikring.simulators.http.SimulatorServer;
import dk.sygesikring.simulators.nets.NetsLedger.CheckoutPage;
import dk.sygesikring.simulators.nets.NetsLedger.Fingerprint;
import dk.sygesikring.simulators.nets.NetsWireFormat.AmountRequestJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.CheckoutResultJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.CreatePaymentJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.Errors;
import dk.sygesikring.simulators.nets.NetsWireFormat.MerchantIdJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.MerchantJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.MessageJson;
import dk.sygesikring.simulators.nets.NetsWireFormat.NewPayment;
import dk.sygesikring.simulators.nets.NetsWireFormat.WebhookFaultsJson;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for Nets (Nexi) Easy, the card payments of the municipalities (INT-3), served over real HTTP and kept
 * in memory: the part of the Payment API v1 this service uses, with Nets's paths, JSON and status codes
 * (docs/integrations/nets.md says where it simplifies).
 * <ul>
 *   <li>{@code POST /v1/payments}: 201 {@code {paymentId, hostedPaymentPageUrl}}, the page being
 *       {@code <base>/checkout/{paymentId}}; {@code GET /v1/payments/{paymentId}}: the payment with its summary</li>
 *   <li>{@code POST /v1/payments/{paymentId}/charges}: 201 {@code {chargeId}}; {@code .../cancels}: 204;
 *       {@code POST /v1/charges/{chargeId}/refunds}: 201 {@code {refundId}}; 400 {@code {"errors": {...}}} for a
 *       request Nets would not take (more than is left to charge, cancel or refund, nothing reserved)</li>
 *   <li>every request carries a merchant's secret key in {@code Authorization}, else 401; a payment is its
 *       merchant's, to another merchant 404. With {@code Idempotency-Key} a request seen before with the same body
 *       gets the first answer and does nothing; with another body 409</li>
 *   <li>the webhooks a payment subscribes to, posted with the payment's {@code authorization} in the Authorization
 *       header until the receiver answers 200 ({@link WebhookDispatcher})</li>
 *   <li>control routes, untouched by faults: {@code PUT /simulator/merchants/{merchantId}} {@code {"secretKey"}}
 *       sets or rotates a merchant's key, {@code GET /simulator/merchants} lists the merchants (never the keys);
 *       {@code POST /simulator/checkouts/{paymentId}/complete} and {@code .../fail}: what the citizen does in the
 *       hosted checkout; {@code GET|PUT|DELETE /simulator/webhook-faults}; {@code GET /simulator/webhooks}: the
 *       webhooks acknowledged; {@code GET /simulator/payments/{paymentId}}: the payment as the simulator holds it</li>
 *   <li>{@code /simulator/fault} and {@code /health}: see {@link SimulatorServer}; a fault touches the API and the
 *       hosted page, never the webhooks</li>
 * </ul>
 */
public final class NetsSimulator implements Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(NetsSimulator.class);
    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final String PAYMENTS_PATH = "/v1/payments";
    private static final String CHARGES_PATH = "/v1/charges/";
    private static final String CHECKOUT_PAGE_PATH = "/checkout/";
    private static final String MERCHANTS_PATH = "/simulator/merchants";
    private static final String CHECKOUTS_PATH = "/simulator/checkouts/";
    private static final String WEBHOOK_FAULTS_PATH = "/simulator/webhook-faults";
    private static final String WEBHOOKS_PATH = "/simulator/webhooks";
    private static final String SIMULATED_PAYMENTS_PATH = "/simulator/payments/";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Merchants merchants = new Merchants();
    private final WebhookDispatcher webhooks;
    private final NetsLedger ledger;
    private final SimulatorServer server;

    private NetsSimulator(int port, WebhookRetries retries, Clock clock) {
        this.webhooks = new WebhookDispatcher(retries, clock);
        this.ledger = new NetsLedger(clock, webhooks);
        this.server = SimulatorServer.start("Nets", port,
                Map.of(PAYMENTS_PATH, this::payments, CHARGES_PATH, this::refunds, CHECKOUT_PAGE_PATH, this::checkoutPage),
                Map.of(MERCHANTS_PATH, this::merchants,
                        CHECKOUTS_PATH, this::checkouts,
                        WEBHOOK_FAULTS_PATH, SimulatorServer.exactly(WEBHOOK_FAULTS_PATH, this::webhookFaults),
                        WEBHOOKS_PATH, SimulatorServer.exactly(WEBHOOKS_PATH, this::webhooks),
                        SIMULATED_PAYMENTS_PATH, this::simulatedPayment));
    }

    /** Starts on {@code port} (0 picks a free one) with no merchant; webhooks retried as {@link WebhookRetries#DEFAULT}. */
    public static NetsSimulator start(int port) {
        return start(port, WebhookRetries.DEFAULT, Clock.systemUTC());
    }

    /** The same, retrying webhooks as given and with the times of {@code clock}. */
    public static NetsSimulator start(int port, WebhookRetries retries, Clock clock) {
        NetsSimulator simulator = new NetsSimulator(port, retries, clock);
        LOG.info("Nets simulator at {}", simulator.baseUrl());
        return simulator;
    }

    @Override
    public SimulatorServer server() {
        return server;
    }

    /** Stops the server and the delivery of webhooks; undelivered webhooks are dropped. */
    @Override
    public void close() {
        server.close();
        webhooks.close();
    }

    /** Sets or rotates a merchant's secret key: the previous key is refused (401) from now on. */
    public void merchant(String merchantId, String secretKey) {
        merchants.set(merchantId, secretKey);
        LOG.info("Nets simulator: merchant {} has a new secret key", merchantId);
    }

    /**
     * Merchants as {@code NETS_SIMULATOR_MERCHANTS} gives them: {@code 101=key-101,147=key-147}; blank for none.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code <merchantId>=<secret key>}
     */
    public static Map<String, String> merchantsFrom(String spec) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return keys;
        }
        for (String entry : spec.split(",")) {
            int equals = entry.indexOf('=');
            if (equals < 1 || equals == entry.strip().length() - 1) {
                throw new IllegalArgumentException("a merchant is <merchantId>=<secret key>, not '" + entry.strip() + "'");
            }
            keys.put(Merchants.requireMerchantId(entry.substring(0, equals).strip()), entry.substring(equals + 1).strip());
        }
        return keys;
    }

    /**
     * What the citizen does in the hosted checkout: completes it, and the order's amount is reserved.
     *
     * @throws NoSuchElementException for an unknown payment
     * @throws IllegalStateException  when it is completed already
     */
    public SimulatedPayment completeCheckout(String paymentId) {
        return ledger.complete(paymentId);
    }

    /** The citizen's card is declined in the hosted checkout; they may still complete it afterwards. */
    public SimulatedPayment failCheckout(String paymentId) {
        return ledger.fail(paymentId);
    }

    public Optional<SimulatedPayment> payment(String paymentId) {
        return ledger.view(paymentId);
    }

    /** Every payment Nets made, so a test can count them: a payment asked for again is not made again. */
    public List<SimulatedPayment> payments() {
        return ledger.views();
    }

    /** From now on, until {@link WebhookFaults#NONE}: events repeated, mixed or late. */
    public void webhookFaults(WebhookFaults faults) {
        webhooks.faults(faults);
        LOG.info("Nets simulator webhook faults set to {}", faults);
    }

    /** The webhooks receivers acknowledged with 200, in that order. */
    public List<DeliveredWebhook> webhooks() {
        return webhooks.delivered();
    }

    /** The webhooks not yet acknowledged. */
    public int pendingWebhooks() {
        return webhooks.pending();
    }

    // --- the API ------------------------------------------------------------------------------------------

    /** {@code /v1/payments}, {@code /v1/payments/{id}}, {@code /v1/payments/{id}/charges|cancels}. */
    private Reply payments(HttpExchange exchange) throws IOException {
        Optional<String> merchant = merchants.merchantOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (merchant.isEmpty()) {
            return unauthorized();
        }
        String merchantId = merchant.get();
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PAYMENTS_PATH)) {
            return method.equals("POST") ? change(exchange, merchantId, body -> create(body, merchantId))
                    : Reply.methodNotAllowed("POST");
        }
        if (!path.startsWith(PAYMENTS_PATH + "/")) {
            return noSuchResource(path);
        }
        String[] parts = path.substring(PAYMENTS_PATH.length() + 1).split("/", -1);
        String paymentId = parts[0];
        if (parts.length == 1 && !paymentId.isEmpty()) {
            return method.equals("GET") ? ledger.retrieve(merchantId, paymentId) : Reply.methodNotAllowed("GET");
        }
        if (parts.length != 2 || !(parts[1].equals("charges") || parts[1].equals("cancels"))) {
            return noSuchResource(path);
        }
        if (!method.equals("POST")) {
            return Reply.methodNotAllowed("POST");
        }
        boolean charge = parts[1].equals("charges");
        return change(exchange, merchantId, body -> {
            AmountRequestJson request = read(body, AmountRequestJson.class);
            return charge ? ledger.charge(merchantId, paymentId, request) : ledger.cancel(merchantId, paymentId, request);
        });
    }

    /** {@code POST /v1/charges/{chargeId}/refunds}. */
    private Reply refunds(HttpExchange exchange) throws IOException {
        Optional<String> merchant = merchants.merchantOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (merchant.isEmpty()) {
            return unauthorized();
        }
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.substring(CHARGES_PATH.length()).split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || !parts[1].equals("refunds")) {
            return noSuchResource(path);
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            return Reply.methodNotAllowed("POST");
        }
        return change(exchange, merchant.get(),
                body -> ledger.refund(merchant.get(), parts[0], read(body, AmountRequestJson.class)));
    }

    private Reply create(JsonNode body, String merchantId) {
        Errors errors = new Errors();
        NewPayment payment = NetsWireFormat.newPayment(read(body, CreatePaymentJson.class), errors);
        return errors.any() ? Reply.json(400, errors.toJson()) : ledger.create(merchantId, payment, baseUrl());
    }

    /** Reads the body and runs the operation once per idempotency key; a body that is not JSON is 400. */
    private Reply change(HttpExchange exchange, String merchantId, Function<JsonNode, Reply> operation) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body;
        try {
            body = bytes.length == 0 ? null : JSON.readValue(bytes, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return Reply.json(400, new Errors().add("body", "The body is a JSON object").toJson());
        }
        JsonNode request = body;
        Fingerprint fingerprint = new Fingerprint(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), request);
        try {
            return ledger.once(merchantId, exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY), fingerprint,
                    () -> operation.apply(request));
        } catch (BadRequest e) {
            return Reply.json(400, e.errors.toJson());
        }
    }

    private static <T> T read(JsonNode body, Class<T> type) {
        try {
            return JSON.readValueFromTree(body, type);
        } catch (IOException | RuntimeException e) {
            throw new BadRequest(new Errors().add("body", "Not the JSON of the request: " + e.getMessage()));
        }
    }

    /** A body that does not map to the request's JSON. */
    private static final class BadRequest extends RuntimeException {
        private final transient Errors errors;

        private BadRequest(Errors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }

    private static Reply unauthorized() {
        return Reply.json(401, new MessageJson("The Authorization header is no merchant's secret key", "UNAUTHORIZED",
                NetsWireFormat.SOURCE));
    }

    private static Reply noSuchResource(String path) {
        return Reply.json(404, new MessageJson("No such resource: " + path, "NOT_FOUND", NetsWireFormat.SOURCE));
    }

    /** {@code GET /checkout/{paymentId}}: the hosted payment page, with buttons that do what the citizen would. */
    private Reply checkoutPage(HttpExchange exchange) {
        String paymentId = exchange.getRequestURI().getPath().substring(CHECKOUT_PAGE_PATH.length());
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.methodNotAllowed("GET");
        }
        return ledger.page(paymentId)
                .map(page -> Reply.content(200, "text/html; charset=utf-8", html(page).getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> Reply.error(404, "no payment " + paymentId));
    }

    private static String html(CheckoutPage page) {
        StringBuilder items = new StringBuilder();
        page.order().items().forEach(item -> items.append("<tr><td>").append(escape(item.name())).append("</td><td>")
                .append(kroner(item.grossTotalAmount())).append("</td></tr>"));
        String actions = page.state() == NetsLedger.State.RESERVED
                ? "<p>Betalingen er gennemført.</p>"
                : """
                <button onclick="act('complete')">Betal</button> <button onclick="act('fail')">Kortet afvises</button>
                <script>
                async function act(what) {
                  const answer = await fetch('/simulator/checkouts/%s/' + what, {method: 'POST'});
                  const result = await answer.json();
                  if (what === 'complete' && answer.ok) { location = result.returnUrl; } else { location.reload(); }
                }
                </script>""".formatted(page.paymentId());
        return """
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8"><title>Nets simulator: betaling</title></head>
                <body><h1>Nets simulator</h1><p>Betaling %s</p>
                <table>%s<tr><th>I alt</th><th>%s DKK</th></tr></table>
                %s
                </body></html>
                """.formatted(escape(page.order().reference() == null ? page.paymentId() : page.order().reference()),
                items, kroner(page.order().amount()), actions);
    }

    private static String kroner(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    // --- the simulator's own routes -------------------------------------------------------------------------

    /** {@code GET /simulator/merchants}, {@code PUT /simulator/merchants/{merchantId}}. */
    private Reply merchants(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(MERCHANTS_PATH)) {
            return exchange.getRequestMethod().equals("GET")
                    ? Reply.json(200, merchants.merchantIds().stream().map(MerchantIdJson::new).toList())
                    : Reply.methodNotAllowed("GET");
        }
        if (!path.startsWith(MERCHANTS_PATH + "/")) {
            return Reply.error(404, "no such resource: " + path);
        }
        if (!exchange.getRequestMethod().equals("PUT")) {
            return Reply.methodNotAllowed("PUT");
        }
        MerchantJson json = SimulatorServer.read(exchange, MerchantJson.class);
        try {
            merchant(path.substring(MERCHANTS_PATH.length() + 1), json.secretKey());
        } catch (IllegalStateException e) {
            return Reply.error(409, e.getMessage());
        }
        return Reply.NO_CONTENT;
    }

    /** {@code POST /simulator/checkouts/{paymentId}/complete} and {@code .../fail}. */
    private Reply checkouts(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.substring(CHECKOUTS_PATH.length()).split("/", -1);
        if (parts.length != 2 || !(parts[1].equals("complete") || parts[1].equals("fail"))) {
            return Reply.error(404, "no such resource: " + path);
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            return Reply.methodNotAllowed("POST");
        }
        try {
            SimulatedPayment payment = parts[1].equals("complete") ? completeCheckout(parts[0]) : failCheckout(parts[0]);
            return Reply.json(200, new CheckoutResultJson(payment.paymentId(), payment.state(),
                    ledger.returnUrl(payment.paymentId())));
        } catch (NoSuchElementException e) {
            return Reply.error(404, e.getMessage());
        } catch (IllegalStateException e) {
            return Reply.error(409, e.getMessage());
        }
    }

    private Reply webhookFaults(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "GET" -> Reply.json(200, WebhookFaultsJson.of(webhooks.faults()));
            case "PUT" -> {
                webhookFaults(SimulatorServer.read(exchange, WebhookFaultsJson.class).toFaults());
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> {
                webhookFaults(WebhookFaults.NONE);
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT, DELETE");
        };
    }

    private Reply webhooks(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("GET") ? Reply.json(200, webhooks()) : Reply.methodNotAllowed("GET");
    }

    private Reply simulatedPayment(HttpExchange exchange) {
        String paymentId = exchange.getRequestURI().getPath().substring(SIMULATED_PAYMENTS_PATH.length());
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.methodNotAllowed("GET");
        }
        return payment(paymentId).map(payment -> Reply.json(200, payment))
                .orElseGet(() -> Reply.error(404, "no payment " + paymentId));
    }

    @Override
    public String toString() {
        return "Nets simulator at " + baseUrl() + " with merchants " + merchants.merchantIds();
    }
}
