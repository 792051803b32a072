package dk.sygesikring.simulators.nets;

import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static dk.sygesikring.simulators.nets.NetsApi.KEY_101;
import static dk.sygesikring.simulators.nets.NetsApi.WEBHOOK_AUTHORIZATION;
import static dk.sygesikring.simulators.nets.NetsApi.amount;
import static dk.sygesikring.simulators.nets.WebhookReceiver.await;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.simulators.nets.WebhookReceiver.Received;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Nets simulator's webhooks, received by a small JDK HTTP server: what is sent, with which Authorization, retried
 * until 200, and the webhook faults (repeat, shuffle, delay). Retries wait 20 ms doubling to 100 ms here.
 * These tests prove the simulator, a stand-in for the real system; they name no rule ID.
 */
class NetsSimulatorWebhookTest {

    private static final String CHARGE_CREATED = "payment.charge.created.v2";

    private NetsSimulator simulator;
    private NetsApi nets;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        simulator = NetsSimulator.start(0, new WebhookRetries(Duration.ofMillis(20), Duration.ofMillis(100)), Clock.systemUTC());
        simulator.merchant("101", KEY_101);
        nets = new NetsApi(simulator.baseUrl());
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.close();
    }

    @Test
    @DisplayName("every event a payment subscribes to is posted as Nets sends it, with the payment's authorization")
    void every_subscribed_event_is_posted_with_the_payments_authorization() {
        String paymentId = nets.createPayment(KEY_101, 29900, receiver.url());
        nets.complete(paymentId);
        String chargeId = (String) object(nets.charge(KEY_101, paymentId, amount(14950), null)).get("chargeId");
        nets.cancel(KEY_101, paymentId, amount(14950), null);
        String refundId = (String) object(nets.refund(KEY_101, chargeId, amount(10000), null)).get("refundId");

        await("seven events", () -> simulator.webhooks().size() == 7);

        List<Received> received = receiver.received();
        assertThat(received).extracting(Received::event).containsExactly("payment.created", "payment.checkout.completed",
                "payment.reservation.created.v2", CHARGE_CREATED, "payment.cancel.created", "payment.refund.initiated.v2",
                "payment.refund.completed");
        assertThat(received).hasSize(7).allSatisfy(event -> {
            assertThat(event.authorization()).isEqualTo(WEBHOOK_AUTHORIZATION);
            assertThat(event.contentType()).isEqualTo("application/json");
            assertThat(event.body()).containsOnlyKeys("id", "merchantId", "timestamp", "event", "data")
                    .containsEntry("merchantId", 101);
            assertThat(event.id()).matches("[0-9a-f]{32}");
            assertThat((String) event.body().get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{4}\\+00:00");
            assertThat(event.data()).containsEntry("paymentId", paymentId);
        });
        assertThat(received).extracting(Received::id).doesNotHaveDuplicates();
        assertThat(receiver.received("payment.reservation.created.v2").getFirst().data())
                .containsEntry("amount", Map.of("amount", 29900, "currency", "DKK")).containsEntry("paymentType", "CARD");
        assertThat(object(receiver.received("payment.checkout.completed").getFirst().data(), "order"))
                .containsEntry("amount", Map.of("amount", 29900, "currency", "DKK")).containsKeys("reference", "orderItems");
        assertThat(receiver.received(CHARGE_CREATED).getFirst().data()).containsEntry("chargeId", chargeId)
                .containsEntry("amount", Map.of("amount", 14950, "currency", "DKK"));
        assertThat(receiver.received("payment.cancel.created").getFirst().data()).containsKey("cancelId")
                .containsEntry("amount", Map.of("amount", 14950, "currency", "DKK"));
        assertThat(receiver.received("payment.refund.completed").getFirst().data()).containsEntry("refundId", refundId)
                .containsEntry("amount", Map.of("amount", 10000, "currency", "DKK"));
        assertThat(simulator.webhooks()).hasSize(7).allSatisfy(delivered -> assertThat(delivered.attempts()).isEqualTo(1));
    }

    @Test
    @DisplayName("a failed checkout posts payment.reservation.failed with the error")
    void a_failed_checkout_posts_reservation_failed() {
        String paymentId = nets.createPayment(KEY_101, 14950, receiver.url());

        simulator.failCheckout(paymentId);

        await("the failure", () -> receiver.received("payment.reservation.failed").size() == 1);
        Map<String, Object> data = receiver.received("payment.reservation.failed").getFirst().data();
        assertThat(data).containsKeys("error", "orderItems").containsEntry("amount", Map.of("amount", 14950, "currency", "DKK"));
    }

    @Test
    @DisplayName("only the events a payment subscribes to are posted")
    void only_subscribed_events_are_posted() {
        String body = NetsApi.payment("order-1", 14950, null).replace("\"webHooks\": []", """
                "webHooks": [{"eventName": "payment.charge.created.v2", "url": "%s", "authorization": "only-charges-1"}]"""
                .formatted(receiver.url()));
        String paymentId = (String) object(nets.create(KEY_101, body, null)).get("paymentId");
        simulator.completeCheckout(paymentId);
        nets.charge(KEY_101, paymentId, amount(14950), null);

        await("the charge", () -> simulator.webhooks().size() == 1);
        assertThat(receiver.received()).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo(CHARGE_CREATED);
            assertThat(event.authorization()).isEqualTo("only-charges-1");
        });
    }

    @Test
    @DisplayName("an event is retried with growing waits until the receiver answers exactly 200")
    void an_event_is_retried_until_200() {
        String paymentId = payment();
        receiver.answer(500, 204, 302, 401);

        nets.charge(KEY_101, paymentId, amount(100), null);

        await("the charge acknowledged", () -> !delivered(CHARGE_CREATED).isEmpty());
        List<Received> attempts = receiver.received(CHARGE_CREATED);
        assertThat(attempts).hasSize(5).extracting(Received::id).containsOnly(attempts.getFirst().id());
        assertThat(delivered(CHARGE_CREATED)).singleElement().satisfies(delivered -> {
            assertThat(delivered.attempts()).isEqualTo(5);
            assertThat(delivered.id()).isEqualTo(attempts.getFirst().id());
        });
        // waits of 20, 40, 80 and 100 ms
        long firstToLastMillis = (attempts.getLast().nanos() - attempts.getFirst().nanos()) / 1_000_000;
        assertThat(firstToLastMillis).isGreaterThanOrEqualTo(240);
        long lastWait = attempts.get(4).nanos() - attempts.get(3).nanos();
        long firstWait = attempts.get(1).nanos() - attempts.get(0).nanos();
        assertThat(lastWait).isGreaterThan(firstWait);
        HttpResponse<String> listed = nets.client.get("/simulator/webhooks");
        assertThat(list(listed)).filteredOn(event -> CHARGE_CREATED.equals(event.get("event"))).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("attempts", 5).containsEntry("paymentId", paymentId)
                        .containsEntry("url", receiver.url()).containsKeys("id", "acknowledgedAt"));
    }

    @Test
    @DisplayName("a slow receiver never holds up the API")
    void a_slow_receiver_never_holds_up_the_api() {
        String paymentId = payment();
        receiver.pause(Duration.ofSeconds(2));

        long started = System.nanoTime();
        assertThat(nets.charge(KEY_101, paymentId, amount(100), null).statusCode()).isEqualTo(201);
        assertThat(nets.charge(KEY_101, paymentId, amount(100), null).statusCode()).isEqualTo(201);

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
    }

    @Test
    @DisplayName("a receiver that cannot be reached is retried in the background until it answers 200")
    void an_unreachable_receiver_is_retried_until_it_answers() throws InterruptedException {
        int port = WebhookReceiver.freePort();
        String url = "http://localhost:" + port + "/webhooks";
        String paymentId = (String) object(nets.create(KEY_101, NetsApi.payment("order-2", 100, url), null)).get("paymentId");
        simulator.completeCheckout(paymentId);
        Thread.sleep(300);
        assertThat(simulator.webhooks()).isEmpty();
        assertThat(simulator.pendingWebhooks()).isEqualTo(3);

        try (WebhookReceiver late = new WebhookReceiver(port)) {
            await("the three events", () -> simulator.webhooks().size() == 3);
            assertThat(late.received()).hasSize(3);
        }
        assertThat(simulator.webhooks()).allSatisfy(delivered -> assertThat(delivered.attempts()).isGreaterThan(2));
    }

    @Test
    @DisplayName("with repeat each event is sent that many times with the same id, each copy acknowledged on its own")
    void with_repeat_each_event_is_sent_that_many_times_with_the_same_id() {
        String paymentId = payment();
        assertThat(nets.client.put("/simulator/webhook-faults", "{\"repeat\": 3}").statusCode()).isEqualTo(204);
        assertThat(object(nets.client.get("/simulator/webhook-faults")))
                .isEqualTo(Map.of("repeat", 3, "shuffle", false, "delayMillis", 0));
        receiver.answer(503);

        nets.charge(KEY_101, paymentId, amount(100), null);

        await("three copies acknowledged", () -> delivered(CHARGE_CREATED).size() == 3);
        List<Received> copies = receiver.received(CHARGE_CREATED);
        assertThat(copies).hasSize(4).extracting(Received::id).containsOnly(copies.getFirst().id());
        assertThat(delivered(CHARGE_CREATED)).extracting(DeliveredWebhook::attempts).containsExactlyInAnyOrder(1, 1, 2);

        assertThat(nets.client.delete("/simulator/webhook-faults").statusCode()).isEqualTo(204);
        nets.charge(KEY_101, paymentId, amount(100), null);
        await("one more", () -> delivered(CHARGE_CREATED).size() == 4);
    }

    @Test
    @DisplayName("with shuffle the events due together are delivered in random order")
    void with_shuffle_events_due_together_are_delivered_in_random_order() {
        String paymentId = payment();
        simulator.webhookFaults(new WebhookFaults(1, true, Duration.ofMillis(500)));
        List<String> charged = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            charged.add((String) object(nets.charge(KEY_101, paymentId, amount(1), null)).get("chargeId"));
        }

        await("eight charges", () -> receiver.received(CHARGE_CREATED).size() == 8);

        List<String> received = receiver.received(CHARGE_CREATED).stream()
                .map(event -> (String) event.data().get("chargeId")).toList();
        assertThat(received).containsExactlyInAnyOrderElementsOf(charged).isNotEqualTo(charged);
    }

    @Test
    @DisplayName("with a delay an event waits that long before its first attempt")
    void with_a_delay_an_event_waits_before_its_first_attempt() {
        String paymentId = payment();
        assertThat(nets.client.put("/simulator/webhook-faults", "{\"delayMillis\": 400}").statusCode()).isEqualTo(204);

        long charged = System.nanoTime();
        nets.charge(KEY_101, paymentId, amount(1), null);
        await("the charge", () -> receiver.received(CHARGE_CREATED).size() == 1);

        assertThat((receiver.received(CHARGE_CREATED).getFirst().nanos() - charged) / 1_000_000).isGreaterThanOrEqualTo(400);
        assertThat(nets.client.put("/simulator/webhook-faults", "{\"delayMillis\": -1}").statusCode()).isEqualTo(400);
        assertThat(nets.client.put("/simulator/webhook-faults", "{\"repeat\": 0}").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("an injected API fault leaves the webhooks alone")
    void an_injected_api_fault_leaves_the_webhooks_alone() {
        String paymentId = nets.createPayment(KEY_101, 14950, receiver.url());
        nets.client.put("/simulator/fault", "{\"status\": 503}");

        assertThat(nets.complete(paymentId).statusCode()).isEqualTo(200);

        await("the reservation", () -> receiver.received("payment.reservation.created.v2").size() == 1);
    }

    /** A reserved payment of 149.50 kr whose events go to the receiver; its first events already acknowledged. */
    private String payment() {
        String paymentId = nets.createPayment(KEY_101, 14950, receiver.url());
        simulator.completeCheckout(paymentId);
        await("the payment's first events", () -> simulator.webhooks().size() == 3);
        return paymentId;
    }

    private List<DeliveredWebhook> delivered(String event) {
        return simulator.webhooks().stream().filter(delivered -> delivered.event().equals(event)).toList();
    }
}
