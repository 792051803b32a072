package dk.sygesikring.adapters.cpr;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dk.sygesikring.application.port.out.CprLookupPort;
import dk.sygesikring.domain.person.Cpr;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A WireMock server in the role of CPR, on a free port, with WireMock and the circuit breaker reset before
 * each test so that tests do not depend on one another. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CprWireMockTest implements TestPropertyProvider {

    static final Cpr METTE = Cpr.of("1203851234");
    static final String PATH = "/cpr/persons/" + METTE.value();

    final WireMockServer cpr = new WireMockServer(options().dynamicPort());

    @Inject
    CprLookupPort port;

    @Inject
    @Named("cpr")
    CircuitBreaker circuitBreaker;

    @Override
    public Map<String, String> getProperties() {
        cpr.start();
        return Map.of("sygesikring.cpr.url", cpr.baseUrl());
    }

    /**
     * The first request of a fresh client pays for setting up Netty and JSON, close to the 1 s read
     * timeout of the tests; one look-up here keeps that cost out of the timed tests.
     */
    @BeforeAll
    void warmUpHttpClient() {
        cpr.stubFor(lookUpOfMette().willReturn(WireMock.notFound()));
        port.lookUp(METTE);
    }

    @BeforeEach
    void resetCprAndCircuitBreaker() {
        cpr.resetAll();
        circuitBreaker.reset();
    }

    @AfterAll
    void stopCpr() {
        cpr.stop();
    }

    /** Stub for the look-up of {@link #METTE}; not WireMock.get, which TestPropertyProvider.get() hides. */
    static MappingBuilder lookUpOfMette() {
        return WireMock.get(urlEqualTo(PATH));
    }

    int requestsForMette() {
        return cpr.findAll(getRequestedFor(urlEqualTo(PATH))).size();
    }
}
