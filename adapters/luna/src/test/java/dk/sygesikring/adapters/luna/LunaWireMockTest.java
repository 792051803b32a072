package dk.sygesikring.adapters.luna;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * WireMock in the role of LUNA on a free port, reset with the circuit breaker before each test so that tests do
 * not depend on one another. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LunaWireMockTest implements TestPropertyProvider {

    static final Cpr SOFIE = Cpr.of("2207859902");
    static final String REGISTRATIONS = "/luna/registrations";
    static final String KEY = "5f0c6a52-3c1e-4c8e-9a55-0d7b2b7c1e01";
    static final LunaRegistration DOCTOR_CHOICE = new LunaRegistration.DoctorChoice(SOFIE, ProviderNumber.of("050208"),
            LocalDate.of(2026, 12, 1), UUID.fromString("0b8e2f43-7f5d-4a44-b0d4-8c1b9d1f6a10"));
    static final String REGISTERED = """
            {"registrationId": "9a3b8f4e-1d2c-4e5f-8a7b-6c5d4e3f2a1b", "registeredAt": "2026-11-22T09:00:00Z"}""";

    final WireMockServer luna = new WireMockServer(options().dynamicPort());

    @Inject
    LunaPort port;

    @Inject
    @Named("luna")
    ResilientHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        luna.start();
        return Map.of("sygesikring.luna.url", luna.baseUrl());
    }

    /** A fresh client's first request pays for Netty and JSON, close to the 1 s read timeout; not in a timed test. */
    @BeforeAll
    void warmUpHttpClient() {
        luna.stubFor(WireMock.get(urlEqualTo("/luna/practitioners")).willReturn(okJson("[]")));
        port.practitioners();
    }

    @BeforeEach
    void resetLunaAndCircuitBreaker() {
        luna.resetAll();
        circuitBreaker().reset();
    }

    @AfterAll
    void stopLuna() {
        luna.stop();
    }

    static MappingBuilder registration() {
        return WireMock.post(urlEqualTo(REGISTRATIONS));
    }

    static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static RequestPatternBuilder registrationRequests() {
        return WireMock.postRequestedFor(urlEqualTo(REGISTRATIONS));
    }

    CircuitBreaker circuitBreaker() {
        return client.circuitBreaker();
    }

    int requests(RequestPatternBuilder pattern) {
        return luna.findAll(pattern).size();
    }
}
