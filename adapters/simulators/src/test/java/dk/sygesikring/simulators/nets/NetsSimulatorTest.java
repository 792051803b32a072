package dk.sygesikring.simulators.nets;

import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static dk.sygesikring.simulators.nets.NetsApi.KEY_101;
import static dk.sygesikring.simulators.nets.NetsApi.KEY_147;
import static dk.sygesikring.simulators.nets.NetsApi.amount;
import static dk.sygesikring.simulators.nets.NetsApi.amountWithItem;
import static dk.sygesikring.simulators.nets.NetsApi.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Nets simulator's API over real HTTP: merchants and their keys, payments, the hosted checkout, charges, cancels
 * and refunds and their refusals, idempotency keys and faults. Each test gets its own simulator with merchants 101
 * and 147. These tests prove the simulator, a stand-in for the real system; they name no rule ID.
 */
class NetsSimulatorTest {

    private NetsSimulator simulator;
    private NetsApi nets;

    @BeforeEach
    void start() {
        simulator = NetsSimulator.start(0, WebhookRetries.DEFAULT, Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC));
        simulator.merchant("101", KEY_101);
        simulator.merchant("147", KEY_147);
        nets = new NetsApi(simulator.baseUrl());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    @DisplayName("a request without a merchant's secret key in Authorization is 401")
    void a_request_without_a_merchants_key_is_401() {
        assertThat(nets.create(null, payment("order-1", 14950, null), null).statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = nets.create("test-secret-key-unknown", payment("order-1", 14950, null), null);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(object(unknown)).containsEntry("code", "UNAUTHORIZED");
        assertThat(nets.retrieve(null, "0123456789abcdef0123456789abcdef").statusCode()).isEqualTo(401);
        assertThat(nets.refund("Bearer " + KEY_101, "0123456789abcdef", amount(100), null).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a payment is created with 201, its hosted page on the simulator, and nothing reserved")
    void a_payment_is_created_with_nothing_reserved() {
        HttpResponse<String> created = nets.create(KEY_101, payment("order-1", 14950, null), null);

        assertThat(created.statusCode()).isEqualTo(201);
        Map<String, Object> answer = object(created);
        assertThat(answer).containsOnlyKeys("paymentId", "hostedPaymentPageUrl");
        String paymentId = (String) answer.get("paymentId");
        assertThat(paymentId).matches("[0-9a-f]{32}");
        assertThat(answer).containsEntry("hostedPaymentPageUrl", simulator.baseUrl() + "/checkout/" + paymentId);

        Map<String, Object> payment = object(object(nets.retrieve(KEY_101, paymentId)), "payment");
        assertThat(payment).containsEntry("paymentId", paymentId).containsEntry("created", "2026-11-22T09:00:00.0000+00:00");
        assertThat(object(payment, "summary")).isEmpty();
        assertThat(object(payment, "orderDetails")).containsEntry("amount", 14950).containsEntry("currency", "DKK")
                .containsEntry("reference", "order-1");

        HttpResponse<String> page = nets.client.get("/checkout/" + paymentId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("Sundhedskort, Anna &lt;Jensen&gt;", "149.50 DKK", "/simulator/checkouts/" + paymentId);
        assertThat(nets.simulated(paymentId)).containsEntry("state", "CREATED").containsEntry("merchantId", "101")
                .containsEntry("amount", 14950).containsEntry("reserved", 0);
    }

    @Test
    @DisplayName("a payment Nets would not take is 400 with the errors by field, and nothing is created")
    void a_malformed_payment_is_400_by_field() {
        String valid = payment("order-1", 14950, "https://sygesikring.example/nets/webhooks");

        assertThat(errors(nets.create(KEY_101, valid.replace("\"amount\": 14950", "\"amount\": 15000"), null)))
                .containsKey("order.amount");
        assertThat(errors(nets.create(KEY_101, valid.replace("\"DKK\"", "\"EUR\""), null))).containsKey("order.currency");
        assertThat(errors(nets.create(KEY_101, valid.replace("HostedPaymentPage", "EmbeddedCheckout"), null)))
                .containsKey("checkout.integrationType");
        assertThat(errors(nets.create(KEY_101, valid.replace("https://sygesikring.example/vilkaar", ""), null)))
                .containsKey("checkout.termsUrl");
        assertThat(errors(nets.create(KEY_101, valid.replace("webhook-secret-101", "short"), null)))
                .containsKey("notifications.webHooks[0].authorization");
        assertThat(errors(nets.create(KEY_101, valid.replace("payment.created", "payment.made"), null)))
                .containsKey("notifications.webHooks[0].eventName");
        assertThat(errors(nets.create(KEY_101, valid.replace("\"grossTotalAmount\": 14950", "\"grossTotalAmount\": 14000"), null)))
                .containsKey("order.items[0].grossTotalAmount");
        assertThat(errors(nets.create(KEY_101, "{\"checkout\": {}}", null))).containsKeys("order", "checkout.returnUrl");
        assertThat(errors(nets.create(KEY_101, "not json", null))).containsKey("body");
        assertThat(errors(nets.create(KEY_101, "{\"order\": \"a text\"}", null))).containsKey("body");
    }

    @Test
    @DisplayName("completing the checkout reserves the full amount and answers the return URL with the payment id")
    void completing_the_checkout_reserves_the_full_amount() {
        String paymentId = nets.createPayment(KEY_101, 14950, null);

        HttpResponse<String> completed = nets.complete(paymentId);

        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(object(completed)).containsEntry("state", "RESERVED")
                .containsEntry("returnUrl", "https://sygesikring.example/betaling/retur?paymentid=" + paymentId);
        assertThat(nets.summary(KEY_101, paymentId)).isEqualTo(Map.of("reservedAmount", 14950));
        assertThat(nets.complete(paymentId).statusCode()).as("completed already").isEqualTo(409);
        assertThat(nets.complete("0123456789abcdef0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(nets.client.get("/checkout/" + paymentId).body()).contains("Betalingen er gennemført");
    }

    @Test
    @DisplayName("a failed checkout reserves nothing and may be completed afterwards; the Java API does the same")
    void a_failed_checkout_reserves_nothing() {
        String paymentId = nets.createPayment(KEY_101, 14950, null);

        assertThat(nets.client.post("/simulator/checkouts/" + paymentId + "/fail", "").statusCode()).isEqualTo(200);
        assertThat(simulator.payment(paymentId)).hasValueSatisfying(payment ->
                assertThat(payment.state()).isEqualTo("RESERVATION_FAILED"));
        assertThat(nets.summary(KEY_101, paymentId)).isEmpty();

        assertThat(simulator.completeCheckout(paymentId).reserved()).isEqualTo(14950);
        assertThatThrownBy(() -> simulator.failCheckout(paymentId)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> simulator.completeCheckout("no-such-payment")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("charges take parts of the reservation until nothing is left; more is 400 and charges nothing")
    void charges_take_parts_of_the_reservation() {
        String paymentId = nets.createPayment(KEY_101, 29900, null);
        assertThat(errors(nets.charge(KEY_101, paymentId, amount(14950), null))).as("nothing reserved yet")
                .containsKey("paymentId");
        simulator.completeCheckout(paymentId);

        HttpResponse<String> first = nets.charge(KEY_101, paymentId, amountWithItem(14950, 14950), null);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(object(first)).containsOnlyKeys("chargeId");
        assertThat(errors(nets.charge(KEY_101, paymentId, amount(14951), null))).containsKey("amount");
        assertThat(errors(nets.charge(KEY_101, paymentId, amountWithItem(14950, 100), null))).containsKey("orderItems");
        assertThat(errors(nets.charge(KEY_101, paymentId, amount(0), null))).containsKey("amount");
        assertThat(nets.charge(KEY_101, paymentId, amount(14950), null).statusCode()).isEqualTo(201);
        assertThat(errors(nets.charge(KEY_101, paymentId, amount(1), null))).containsKey("amount");

        assertThat(nets.summary(KEY_101, paymentId)).isEqualTo(Map.of("reservedAmount", 29900, "chargedAmount", 29900));
        assertThat(nets.simulated(paymentId)).containsEntry("charged", 29900).containsEntry("charges", 2);
        Map<String, Object> payment = object(object(nets.retrieve(KEY_101, paymentId)), "payment");
        assertThat(list(payment, "charges")).hasSize(2).first().satisfies(charge ->
                assertThat(charge).containsEntry("chargeId", object(first).get("chargeId")).containsEntry("amount", 14950)
                        .containsKey("orderItems"));
    }

    @Test
    @DisplayName("a cancel releases what is not charged; after it nothing more can be charged or cancelled")
    void a_cancel_releases_what_is_not_charged() {
        String paymentId = nets.createPayment(KEY_101, 29900, null);
        assertThat(errors(nets.cancel(KEY_101, paymentId, amount(29900), null))).containsKey("paymentId");
        simulator.completeCheckout(paymentId);
        nets.charge(KEY_101, paymentId, amount(14950), null);

        assertThat(errors(nets.cancel(KEY_101, paymentId, amount(29900), null))).containsKey("amount");
        HttpResponse<String> cancelled = nets.cancel(KEY_101, paymentId, amount(14950), null);

        assertThat(cancelled.statusCode()).isEqualTo(204);
        assertThat(cancelled.body()).isEmpty();
        assertThat(errors(nets.charge(KEY_101, paymentId, amount(1), null)).get("paymentId"))
                .containsExactly("The reservation is cancelled");
        assertThat(errors(nets.cancel(KEY_101, paymentId, amount(1), null))).containsKey("paymentId");
        assertThat(nets.summary(KEY_101, paymentId)).isEqualTo(Map.of("reservedAmount", 29900,
                "chargedAmount", 14950, "cancelledAmount", 14950));
        assertThat(nets.simulated(paymentId)).containsEntry("cancels", 1).containsEntry("charges", 1);
    }

    @Test
    @DisplayName("refunds pay back up to what a charge took; more is 400, an unknown charge 404")
    void refunds_pay_back_up_to_what_a_charge_took() {
        String paymentId = nets.createPayment(KEY_101, 29900, null);
        simulator.completeCheckout(paymentId);
        String chargeId = (String) object(nets.charge(KEY_101, paymentId, amount(14950), null)).get("chargeId");

        HttpResponse<String> refunded = nets.refund(KEY_101, chargeId, amount(10000), null);
        assertThat(refunded.statusCode()).isEqualTo(201);
        assertThat(object(refunded)).containsOnlyKeys("refundId");
        assertThat(errors(nets.refund(KEY_101, chargeId, amount(4951), null))).containsKey("amount");
        assertThat(nets.refund(KEY_101, chargeId, amount(4950), null).statusCode()).isEqualTo(201);
        assertThat(nets.refund(KEY_101, "0123456789abcdef0123456789abcdef", amount(1), null).statusCode()).isEqualTo(404);

        assertThat(nets.summary(KEY_101, paymentId)).containsEntry("refundedAmount", 14950).containsEntry("chargedAmount", 14950);
        assertThat(nets.simulated(paymentId)).containsEntry("refunded", 14950).containsEntry("refunds", 2);
    }

    @Test
    @DisplayName("a payment is its merchant's: to another merchant's key it and its charges do not exist")
    void a_payment_is_its_merchants() {
        String paymentId = nets.createPayment(KEY_101, 14950, null);
        simulator.completeCheckout(paymentId);
        String chargeId = (String) object(nets.charge(KEY_101, paymentId, amount(100), null)).get("chargeId");

        assertThat(nets.retrieve(KEY_147, paymentId).statusCode()).isEqualTo(404);
        assertThat(nets.charge(KEY_147, paymentId, amount(100), null).statusCode()).isEqualTo(404);
        assertThat(nets.cancel(KEY_147, paymentId, amount(100), null).statusCode()).isEqualTo(404);
        assertThat(nets.refund(KEY_147, chargeId, amount(100), null).statusCode()).isEqualTo(404);
        assertThat(nets.simulated(paymentId)).containsEntry("charged", 100).containsEntry("cancelled", 0)
                .containsEntry("refunded", 0);
    }

    @Test
    @DisplayName("a rotated key works for the merchant's earlier payments and the old key is 401 at once")
    void a_rotated_key_works_for_earlier_payments_and_the_old_one_is_refused() {
        String paymentId = nets.createPayment(KEY_101, 14950, null);
        simulator.completeCheckout(paymentId);

        HttpResponse<String> rotated = nets.client.put("/simulator/merchants/101", "{\"secretKey\": \"test-secret-key-0101-new\"}");

        assertThat(rotated.statusCode()).isEqualTo(204);
        assertThat(nets.charge(KEY_101, paymentId, amount(14950), null).statusCode()).isEqualTo(401);
        assertThat(nets.charge("test-secret-key-0101-new", paymentId, amount(14950), null).statusCode()).isEqualTo(201);
        assertThat(nets.client.put("/simulator/merchants/147", "{\"secretKey\": \"test-secret-key-0101-new\"}").statusCode())
                .as("another merchant's key").isEqualTo(409);
        assertThat(nets.client.put("/simulator/merchants/kbh", "{\"secretKey\": \"k\"}").statusCode()).isEqualTo(400);
        assertThat(nets.client.put("/simulator/merchants/860", "{}").statusCode()).isEqualTo(400);
        assertThat(nets.client.get("/simulator/merchants").body()).isEqualTo("[{\"merchantId\":\"101\"},{\"merchantId\":\"147\"}]");
    }

    @Test
    @DisplayName("a charge repeated with its idempotency key answers the first charge and charges once, also under a rotated key")
    void a_charge_repeated_with_its_key_charges_once() {
        String paymentId = nets.createPayment(KEY_101, 14950, null);
        simulator.completeCheckout(paymentId);

        HttpResponse<String> first = nets.charge(KEY_101, paymentId, amount(14950), "charge-card-1");
        HttpResponse<String> again = nets.charge(KEY_101, paymentId, "{ \"amount\" : 14950 }", "charge-card-1");
        simulator.merchant("101", "test-secret-key-0101-new");
        HttpResponse<String> underNewKey = nets.charge("test-secret-key-0101-new", paymentId, amount(14950), "charge-card-1");
        HttpResponse<String> other = nets.charge("test-secret-key-0101-new", paymentId, amount(100), "charge-card-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(underNewKey.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(object(other)).containsEntry("code", "IDEMPOTENCY_KEY_REUSED");
        assertThat(nets.simulated(paymentId)).containsEntry("charges", 1).containsEntry("charged", 14950);
    }

    @Test
    @DisplayName("a cancel, a refund and a payment repeated with their keys do nothing new; a refusal is judged afresh")
    void cancel_refund_and_create_repeated_with_their_keys_do_nothing_new() {
        String body = payment("order-1", 29900, null);
        HttpResponse<String> created = nets.create(KEY_101, body, "order-1");
        assertThat(nets.create(KEY_101, body, "order-1").body()).isEqualTo(created.body());
        String paymentId = (String) object(created).get("paymentId");
        assertThat(nets.create(KEY_147, body, "order-1").body()).as("another merchant's key is its own")
                .isNotEqualTo(created.body());

        assertThat(nets.charge(KEY_101, paymentId, amount(14950), "charge-1").statusCode()).as("nothing reserved").isEqualTo(400);
        simulator.completeCheckout(paymentId);
        HttpResponse<String> charged = nets.charge(KEY_101, paymentId, amount(14950), "charge-1");
        assertThat(charged.statusCode()).as("the refusal was not remembered").isEqualTo(201);
        String chargeId = (String) object(charged).get("chargeId");

        assertThat(nets.cancel(KEY_101, paymentId, amount(14950), "cancel-1").statusCode()).isEqualTo(204);
        assertThat(nets.cancel(KEY_101, paymentId, amount(14950), "cancel-1").statusCode()).isEqualTo(204);
        HttpResponse<String> refund = nets.refund(KEY_101, chargeId, amount(14950), "refund-1");
        assertThat(nets.refund(KEY_101, chargeId, amount(14950), "refund-1").body()).isEqualTo(refund.body());
        assertThat(nets.refund(KEY_101, chargeId, amount(14950), "cancel-1").statusCode()).as("another request").isEqualTo(409);

        assertThat(nets.simulated(paymentId)).containsEntry("charges", 1).containsEntry("cancels", 1)
                .containsEntry("refunds", 1).containsEntry("cancelled", 14950).containsEntry("refunded", 14950);
    }

    @Test
    @DisplayName("twenty concurrent charges with one key charge once")
    void twenty_concurrent_charges_with_one_key_charge_once() throws Exception {
        String paymentId = nets.createPayment(KEY_101, 14950, null);
        simulator.completeCheckout(paymentId);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(() -> nets.charge(KEY_101, paymentId, amount(100), "the-one-key"));
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(20)) {
            for (Future<HttpResponse<String>> response : executor.invokeAll(requests)) {
                responses.add(response.get());
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.getFirst().body());
        assertThat(nets.simulated(paymentId)).containsEntry("charges", 1).containsEntry("charged", 100);
    }

    @Test
    @DisplayName("an injected 503 answers the API until cleared; the control routes keep working")
    void an_injected_503_answers_the_api_until_cleared() {
        String paymentId = nets.createPayment(KEY_101, 14950, null);
        assertThat(nets.client.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);

        assertThat(nets.charge(KEY_101, paymentId, amount(100), "charge-1").statusCode()).isEqualTo(503);
        assertThat(nets.complete(paymentId).statusCode()).isEqualTo(200);
        assertThat(nets.client.put("/simulator/merchants/860", "{\"secretKey\": \"test-secret-key-0860\"}").statusCode()).isEqualTo(204);
        assertThat(nets.client.get("/simulator/payments/" + paymentId).statusCode()).isEqualTo(200);
        assertThat(nets.client.get("/health").statusCode()).isEqualTo(200);

        assertThat(nets.client.delete("/simulator/fault").statusCode()).isEqualTo(204);
        assertThat(nets.charge(KEY_101, paymentId, amount(100), "charge-1").statusCode()).isEqualTo(201);
    }

    @Test
    void unknown_paths_are_404_and_other_methods_405() {
        assertThat(nets.client.send(nets.client.request("/v1/payments").header("Authorization", KEY_101).GET()).statusCode())
                .isEqualTo(405);
        assertThat(nets.retrieve(KEY_101, "0123456789abcdef0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(nets.charge(KEY_101, "abc/refunds", amount(1), null).statusCode()).isEqualTo(404);
        assertThat(nets.client.get("/simulator/payments/nope").statusCode()).isEqualTo(404);
        assertThat(nets.client.get("/checkout/nope").statusCode()).isEqualTo(404);
        assertThat(nets.client.delete("/simulator/webhooks").statusCode()).isEqualTo(405);
    }

    @Test
    void merchants_are_read_from_the_environment_as_id_equals_key() {
        assertThat(NetsSimulator.merchantsFrom("101=key-101, 147=key-147")).isEqualTo(Map.of("101", "key-101", "147", "key-147"));
        assertThat(NetsSimulator.merchantsFrom(" ")).isEmpty();
        assertThat(NetsSimulator.merchantsFrom(null)).isEmpty();
        assertThatThrownBy(() -> NetsSimulator.merchantsFrom("101")).hasMessageContaining("'101'");
        assertThatThrownBy(() -> NetsSimulator.merchantsFrom("101=")).hasMessageContaining("'101='");
        assertThatThrownBy(() -> NetsSimulator.merchantsFrom("kbh=key")).hasMessageContaining("1-12 digits");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> errors(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return (Map<String, List<String>>) (Map<?, ?>) object(object(response), "errors");
    }

    private static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) json.get(field);
        return list;
    }
}
