package dk.sygesikring.simulators.nets;

import dk.sygesikring.simulators.http.SimulatorClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Calls of the Nets simulator's API as a merchant makes them, and the JSON it takes, for the tests. */
final class NetsApi {

    static final String KEY_101 = "test-secret-key-0101aaaa";
    static final String KEY_147 = "test-secret-key-0147bbbb";
    static final String WEBHOOK_AUTHORIZATION = "webhook-secret-101";
    static final List<String> EVENTS = List.of("payment.created", "payment.checkout.completed",
            "payment.reservation.created.v2", "payment.reservation.failed", "payment.charge.created.v2",
            "payment.cancel.created", "payment.refund.initiated.v2", "payment.refund.completed");

    final SimulatorClient client;

    NetsApi(String baseUrl) {
        this.client = new SimulatorClient(baseUrl);
    }

    HttpResponse<String> create(String key, String body, String idempotencyKey) {
        return post("/v1/payments", key, body, idempotencyKey);
    }

    /** Creates a payment of one item for {@code amount} øre and answers its id. */
    String createPayment(String key, long amount, String webhookUrl) {
        HttpResponse<String> created = create(key, payment("order-" + System.nanoTime(), amount, webhookUrl), null);
        if (created.statusCode() != 201) {
            throw new AssertionError("not created: " + created.statusCode() + " " + created.body());
        }
        return (String) SimulatorClient.object(created).get("paymentId");
    }

    HttpResponse<String> charge(String key, String paymentId, String body, String idempotencyKey) {
        return post("/v1/payments/" + paymentId + "/charges", key, body, idempotencyKey);
    }

    HttpResponse<String> cancel(String key, String paymentId, String body, String idempotencyKey) {
        return post("/v1/payments/" + paymentId + "/cancels", key, body, idempotencyKey);
    }

    HttpResponse<String> refund(String key, String chargeId, String body, String idempotencyKey) {
        return post("/v1/charges/" + chargeId + "/refunds", key, body, idempotencyKey);
    }

    HttpResponse<String> retrieve(String key, String paymentId) {
        return key == null ? client.get("/v1/payments/" + paymentId)
                : client.send(client.request("/v1/payments/" + paymentId).header("Authorization", key).GET());
    }

    HttpResponse<String> complete(String paymentId) {
        return client.post("/simulator/checkouts/" + paymentId + "/complete", "");
    }

    Map<String, Object> simulated(String paymentId) {
        return SimulatorClient.object(client.get("/simulator/payments/" + paymentId));
    }

    Map<String, Object> summary(String key, String paymentId) {
        return SimulatorClient.object(SimulatorClient.object(SimulatorClient.object(retrieve(key, paymentId)), "payment"),
                "summary");
    }

    private HttpResponse<String> post(String path, String key, String body, String idempotencyKey) {
        var request = client.request(path).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return client.send(request);
    }

    static String amount(long amount) {
        return "{\"amount\": " + amount + "}";
    }

    static String amountWithItem(long amount, long itemAmount) {
        return """
                {"amount": %d, "orderItems": [%s]}""".formatted(amount, item("card-1", "Sundhedskort", itemAmount));
    }

    static String item(String reference, String name, long amount) {
        return """
                {"reference": "%s", "name": "%s", "quantity": 1, "unit": "pcs", "unitPrice": %d, "taxRate": 0,
                 "taxAmount": 0, "grossTotalAmount": %d, "netTotalAmount": %d}""".formatted(reference, name, amount,
                amount, amount);
    }

    /** A payment of one item, subscribing to every event the simulator makes (none without a URL). */
    static String payment(String reference, long amount, String webhookUrl) {
        StringBuilder webHooks = new StringBuilder();
        if (webhookUrl != null) {
            for (String event : EVENTS) {
                webHooks.append(webHooks.isEmpty() ? "" : ", ").append("""
                        {"eventName": "%s", "url": "%s", "authorization": "%s"}""".formatted(event, webhookUrl,
                        WEBHOOK_AUTHORIZATION));
            }
        }
        return """
                {"order": {"items": [%s], "amount": %d, "currency": "DKK", "reference": "%s"},
                 "checkout": {"integrationType": "HostedPaymentPage", "returnUrl": "https://sygesikring.example/betaling/retur",
                              "termsUrl": "https://sygesikring.example/vilkaar", "charge": false,
                              "merchantHandlesConsumerData": true},
                 "notifications": {"webHooks": [%s]}}""".formatted(item("card-1", "Sundhedskort, Anna <Jensen>", amount),
                amount, reference, webHooks);
    }
}
