package dk.sygesikring.adapters.digitalpost;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * WireMock in the role of Digital Post on a free port, reset with the circuit breaker before each test so that tests
 * do not depend on one another. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DigitalPostWireMockTest implements TestPropertyProvider {

    static final Cpr SOFIE = Cpr.of("2207859902");
    static final String MESSAGES = "/messages";
    static final UUID MESSAGE_ID = UUID.fromString("5f0c6a52-3c1e-4c8e-9a55-0d7b2b7c1e01");
    static final UUID FORLOEB = UUID.fromString("0b8e2f43-7f5d-4a44-b0d4-8c1b9d1f6a10");
    static final byte[] PDF = TestPdfs.withText("Kvittering for dit lægevalg");
    static final DigitalPostMessage RECEIPT = new DigitalPostMessage(MESSAGE_ID, new Recipient.Citizen(SOFIE),
            "Kvittering for dit lægevalg", PDF, FORLOEB);
    static final String DELIVERED = """
            {"deliveryId": "dp-9a3b8f4e", "deliveredAt": "2026-11-22T09:00:00Z"}""";

    final WireMockServer digitalPost = new WireMockServer(options().dynamicPort());

    @Inject
    DigitalPostPort port;

    @Inject
    @Named("digital-post")
    ResilientHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        digitalPost.start();
        return Map.of("sygesikring.digital-post.url", digitalPost.baseUrl());
    }

    /** A fresh client's first request pays for Netty and JSON, close to the 1 s read timeout; not in a timed test. */
    @BeforeAll
    void warmUpHttpClient() {
        digitalPost.stubFor(message().willReturn(jsonAnswer(201, DELIVERED)));
        port.send(RECEIPT);
    }

    @BeforeEach
    void resetDigitalPostAndCircuitBreaker() {
        digitalPost.resetAll();
        circuitBreaker().reset();
    }

    @AfterAll
    void stopDigitalPost() {
        digitalPost.stop();
    }

    static MappingBuilder message() {
        return WireMock.post(urlEqualTo(MESSAGES));
    }

    static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static RequestPatternBuilder messageRequests() {
        return WireMock.postRequestedFor(urlEqualTo(MESSAGES));
    }

    CircuitBreaker circuitBreaker() {
        return client.circuitBreaker();
    }

    int requests(RequestPatternBuilder pattern) {
        return digitalPost.findAll(pattern).size();
    }
}
