package dk.sygesikring.adapters.nets;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dk.sygesikring.application.port.out.nets.NetsKeys;
import dk.sygesikring.application.port.out.nets.NetsPaymentRequest;
import dk.sygesikring.application.port.out.nets.NetsPort;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * WireMock in the role of Nets on a free port, reset with the circuit breaker before each test so that tests do not
 * depend on one another. Subclasses add {@code @MicronautTest}. application-test.yml holds the test keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NetsWireMockTest implements TestPropertyProvider {

    static final String CURRENT = "nets-0101-2026";
    static final String PREVIOUS = "nets-0101-2025";
    static final String CURRENT_KEY = "test-secret-key-0101-2026";
    static final String PREVIOUS_KEY = "test-secret-key-0101-2025";
    static final NetsKeys KEYS = NetsKeys.of(CURRENT, PREVIOUS);

    static final String PAYMENT_ID = "0123456789abcdef0123456789abcdef";
    static final String CHARGE_ID = "fedcba9876543210fedcba9876543210";
    static final String PAYMENTS = "/v1/payments";
    static final String PAYMENT = PAYMENTS + "/" + PAYMENT_ID;
    static final String CHARGES = PAYMENT + "/charges";
    static final String CANCELS = PAYMENT + "/cancels";
    static final String REFUNDS = "/v1/charges/" + CHARGE_ID + "/refunds";

    static final UUID REFERENCE = UUID.fromString("6a1f3c2e-8d4b-4f7a-9e21-5b0c7d9e4a10");
    static final NetsPaymentRequest REQUEST = new NetsPaymentRequest(REFERENCE, List.of(
            new NetsPaymentRequest.Item("card-order-1", "Sundhedskort, Anna Jensen", new BigDecimal("149.50")),
            new NetsPaymentRequest.Item("card-order-2", "Sundhedskort, Ida Jensen", new BigDecimal("149.50"))),
            URI.create("https://selvbetjening.sygesikring.example/betaling/retur"),
            URI.create("https://sygesikring.example/api/nets/webhooks"), "webhook-secret-0101");
    static final BigDecimal FEE = new BigDecimal("149.50");

    static final String CREATED = """
            {"paymentId": "%s", "hostedPaymentPageUrl": "https://test.checkout.dibspayment.eu/hostedpaymentpage/?checkoutKey=abc&pid=%s"}"""
            .formatted(PAYMENT_ID, PAYMENT_ID);
    static final String CHARGED = "{\"chargeId\": \"" + CHARGE_ID + "\"}";
    static final String REFUNDED = "{\"refundId\": \"aaaabbbbccccdddd0000111122223333\"}";
    static final String RETRIEVED = """
            {"payment": {"paymentId": "%s", "summary": {"reservedAmount": 29900, "chargedAmount": 14950},
             "orderDetails": {"amount": 29900, "currency": "DKK", "reference": "%s"}}}""".formatted(PAYMENT_ID, REFERENCE);

    final WireMockServer nets = new WireMockServer(options().dynamicPort());

    @Inject
    NetsPort port;

    @Inject
    @Named("nets")
    ResilientHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        nets.start();
        return Map.of("sygesikring.nets.url", nets.baseUrl());
    }

    /** A fresh client's first request pays for Netty and JSON, close to the 1 s read timeout; not in a timed test. */
    @BeforeAll
    void warmUpHttpClient() {
        nets.stubFor(lookUp().willReturn(jsonAnswer(200, RETRIEVED)));
        port.payment(PAYMENT_ID, KEYS);
    }

    @BeforeEach
    void resetNetsAndCircuitBreaker() {
        nets.resetAll();
        circuitBreaker().reset();
    }

    @AfterAll
    void stopNets() {
        nets.stop();
    }

    static MappingBuilder post(String path) {
        return WireMock.post(urlEqualTo(path));
    }

    /** GET of the payment; {@code get} alone is TestPropertyProvider's. */
    static MappingBuilder lookUp() {
        return WireMock.get(urlEqualTo(PAYMENT));
    }

    static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static RequestPatternBuilder posted(String path) {
        return WireMock.postRequestedFor(urlEqualTo(path));
    }

    CircuitBreaker circuitBreaker() {
        return client.circuitBreaker();
    }

    int requests(RequestPatternBuilder pattern) {
        return nets.findAll(pattern).size();
    }
}
