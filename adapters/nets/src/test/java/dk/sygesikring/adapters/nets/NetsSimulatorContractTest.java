package dk.sygesikring.adapters.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dk.sygesikring.application.port.out.nets.NetsCheckout;
import dk.sygesikring.application.port.out.nets.NetsKeys;
import dk.sygesikring.application.port.out.nets.NetsOutcome;
import dk.sygesikring.application.port.out.nets.NetsPaymentRequest;
import dk.sygesikring.application.port.out.nets.NetsPaymentSummary;
import dk.sygesikring.application.port.out.nets.NetsPort;
import dk.sygesikring.simulators.nets.NetsSimulator;
import dk.sygesikring.simulators.nets.SimulatedPayment;
import dk.sygesikring.simulators.nets.WebhookRetries;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * INT-3: the adapter and the Nets simulator speak the same wire format, over real HTTP: a payment from its creation
 * through the hosted checkout to its charge, cancel and refund, its webhooks, and the key rotation of PAY-4.
 * Municipality 101 is merchant 101; its keys are those of application-test.yml.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetsSimulatorContractTest implements TestPropertyProvider {

    private static final String KEY_2025 = "test-secret-key-0101-2025";
    private static final String KEY_2026 = "test-secret-key-0101-2026";
    private static final String KEY_2027 = "test-secret-key-0101-2027";
    private static final NetsKeys KEYS = NetsKeys.of("nets-0101-2026");
    private static final BigDecimal FEE = new BigDecimal("149.50");
    private static final String WEBHOOK_AUTHORIZATION = "webhook-secret-0101";

    private final NetsSimulator simulator = NetsSimulator.start(0,
            new WebhookRetries(Duration.ofMillis(20), Duration.ofMillis(200)), Clock.systemUTC());
    private final HttpServer receiver = receiver();
    private final List<String[]> webhooks = new CopyOnWriteArrayList<>();

    @Inject
    NetsPort nets;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.nets.url", simulator.baseUrl());
    }

    @BeforeEach
    void merchant101HasTheKeyOf2026() {
        simulator.merchant("101", KEY_2026);
    }

    @AfterAll
    void stop() {
        simulator.close();
        receiver.stop(0);
    }

    @Test
    @DisplayName("PAY-1 a payment is reserved in the hosted checkout, charged in part, the rest cancelled, and a charge refunded")
    void PAY1_a_payment_is_reserved_charged_cancelled_and_refunded() throws Exception {
        NetsCheckout checkout = nets.createPayment(request(UUID.randomUUID()), KEYS);
        assertThat(checkout.checkoutUrl()).hasToString(simulator.baseUrl() + "/checkout/" + checkout.paymentId());
        assertThat(nets.payment(checkout.paymentId(), KEYS).reserved()).as("nothing before the checkout").isEqualByComparingTo("0");

        assertThat(completeCheckout(checkout.paymentId())).contains("\"state\":\"RESERVED\"");
        NetsOutcome charged = nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-card-order-1", KEYS);
        NetsOutcome cancelled = nets.cancel(checkout.paymentId(), FEE, checkout.paymentId() + "-cancel-card-order-2", KEYS);
        String chargeId = ((NetsOutcome.Done) charged).id();
        NetsOutcome refunded = nets.refund(chargeId, new BigDecimal("50"), checkout.paymentId() + "-refund-card-order-1", KEYS);

        assertThat(cancelled).isEqualTo(new NetsOutcome.Done(checkout.paymentId(), TestClockFactory.NOW));
        assertThat(refunded).isInstanceOf(NetsOutcome.Done.class);
        assertThat(nets.payment(checkout.paymentId(), KEYS)).isEqualTo(new NetsPaymentSummary(checkout.paymentId(),
                new BigDecimal("299.00"), new BigDecimal("149.50"), new BigDecimal("149.50"), new BigDecimal("50.00")));
    }

    @Test
    @DisplayName("INT-5 a charge, a cancel and a payment repeated with their keys are done once and answered with the first result")
    void INT5_calls_repeated_with_their_keys_are_done_once() {
        UUID reference = UUID.randomUUID();
        NetsCheckout checkout = nets.createPayment(request(reference), KEYS);
        assertThat(nets.createPayment(request(reference), KEYS)).isEqualTo(checkout);
        simulator.completeCheckout(checkout.paymentId());

        NetsOutcome first = nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-card-order-1", KEYS);
        NetsOutcome again = nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-card-order-1", KEYS);
        nets.cancel(checkout.paymentId(), FEE, checkout.paymentId() + "-cancel-card-order-2", KEYS);
        nets.cancel(checkout.paymentId(), FEE, checkout.paymentId() + "-cancel-card-order-2", KEYS);

        assertThat(again).isEqualTo(first);
        assertThat(simulator.payment(checkout.paymentId())).hasValueSatisfying(payment -> {
            assertThat(payment.charges()).isEqualTo(1);
            assertThat(payment.cancels()).isEqualTo(1);
            assertThat(payment.charged()).isEqualTo(14950);
        });
    }

    @Test
    @DisplayName("PAY-1 Nets refuses a charge of more than is reserved, and any charge before the checkout is completed")
    void PAY1_nets_refuses_a_charge_of_more_than_is_reserved() {
        NetsCheckout checkout = nets.createPayment(request(UUID.randomUUID()), KEYS);

        assertThat(nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-early", KEYS))
                .isEqualTo(new NetsOutcome.Refused("paymentId: Nothing is reserved: the checkout of the payment is not completed"));
        simulator.completeCheckout(checkout.paymentId());
        assertThat(nets.charge(checkout.paymentId(), new BigDecimal("299.01"), "card-order-1", checkout.paymentId() + "-charge-too-much", KEYS))
                .isInstanceOfSatisfying(NetsOutcome.Refused.class, refused -> assertThat(refused.reason())
                        .startsWith("amount: The amount 29901 is more than the 29900"));
        nets.cancel(checkout.paymentId(), new BigDecimal("299"), checkout.paymentId() + "-cancel-all", KEYS);
        assertThat(nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-late", KEYS))
                .isEqualTo(new NetsOutcome.Refused("paymentId: The reservation is cancelled"));
        assertThat(simulator.payment(checkout.paymentId()).map(SimulatedPayment::charges)).contains(0);
    }

    @Test
    @DisplayName("PAY-4 a reservation made under the previous key is charged after Nets rotated the key, and before")
    void PAY4_a_reservation_under_the_previous_key_is_charged_whichever_side_rotated_first() {
        simulator.merchant("101", KEY_2025);
        NetsCheckout checkout = nets.createPayment(request(UUID.randomUUID()), NetsKeys.of("nets-0101-2025"));
        simulator.completeCheckout(checkout.paymentId());

        // the secret store holds the new key and the municipality names it first; Nets still has the old one
        NetsOutcome beforeNets = nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-card-order-1",
                NetsKeys.of("nets-0101-2026", "nets-0101-2025"));
        // now Nets has the new key too; the old one is refused at once
        simulator.merchant("101", KEY_2026);
        NetsOutcome afterNets = nets.charge(checkout.paymentId(), FEE, "card-order-2", checkout.paymentId() + "-charge-card-order-2",
                NetsKeys.of("nets-0101-2026", "nets-0101-2025"));

        assertThat(beforeNets).isInstanceOf(NetsOutcome.Done.class);
        assertThat(afterNets).isInstanceOf(NetsOutcome.Done.class);
        assertThat(simulator.payment(checkout.paymentId()).map(SimulatedPayment::charged)).contains(29900L);
    }

    @Test
    @DisplayName("PAY-4 Nets rotated to a key the secret store does not have yet: every key refused is a defect, and nothing charged")
    void PAY4_a_key_at_nets_that_the_secret_store_lacks_is_a_defect() {
        NetsCheckout checkout = nets.createPayment(request(UUID.randomUUID()), KEYS);
        simulator.completeCheckout(checkout.paymentId());
        simulator.merchant("101", KEY_2027);

        assertThatThrownBy(() -> nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-1",
                NetsKeys.of("nets-0101-2026", "nets-0101-2025")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("references [nets-0101-2026, nets-0101-2025]");
        assertThat(nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-1", NetsKeys.of("nets-0101-2027")))
                .isInstanceOf(NetsOutcome.Done.class);
    }

    @Test
    @DisplayName("INT-3 Nets posts the payment's events to the webhook URL with the payment's authorization")
    void INT3_nets_posts_the_events_with_the_payments_authorization() throws Exception {
        NetsCheckout checkout = nets.createPayment(request(UUID.randomUUID()), KEYS);
        simulator.completeCheckout(checkout.paymentId());
        nets.charge(checkout.paymentId(), FEE, "card-order-1", checkout.paymentId() + "-charge-1", KEYS);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (eventsOf(checkout.paymentId()).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(eventsOf(checkout.paymentId())).extracting(event -> event[0])
                .containsExactly("payment.reservation.created.v2", "payment.charge.created.v2");
        assertThat(eventsOf(checkout.paymentId())).allSatisfy(event -> assertThat(event[1]).isEqualTo(WEBHOOK_AUTHORIZATION));
    }

    private NetsPaymentRequest request(UUID reference) {
        return new NetsPaymentRequest(reference, List.of(
                new NetsPaymentRequest.Item("card-order-1", "Sundhedskort, Anna Jensen", FEE),
                new NetsPaymentRequest.Item("card-order-2", "Sundhedskort, Ida Jensen", FEE)),
                URI.create("https://selvbetjening.sygesikring.example/betaling/retur"),
                URI.create("http://localhost:" + receiver.getAddress().getPort() + "/nets/webhooks"), WEBHOOK_AUTHORIZATION);
    }

    /** What the citizen does in Nets's hosted checkout, through the simulator's own route. */
    private String completeCheckout(String paymentId) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> completed = http.send(HttpRequest.newBuilder(
                            URI.create(simulator.baseUrl() + "/simulator/checkouts/" + paymentId + "/complete"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(completed.statusCode()).isEqualTo(200);
            return completed.body();
        }
    }

    /** The events received for the payment, as [event, Authorization]. */
    private List<String[]> eventsOf(String paymentId) {
        return webhooks.stream().filter(event -> event[2].contains(paymentId)).toList();
    }

    private HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/nets/webhooks", exchange -> {
                try (exchange) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    String event = body.replaceAll(".*\"event\":\"([^\"]+)\".*", "$1");
                    webhooks.add(new String[] {event, exchange.getRequestHeaders().getFirst("Authorization"), body});
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
