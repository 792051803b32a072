package dk.sygesikring.adapters.print;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintPort;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * WireMock in the role of the print service on a free port, reset with the circuit breaker before each test so that
 * tests do not depend on one another. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PrintWireMockTest implements TestPropertyProvider {

    static final Cpr SOFIE = Cpr.of("2207859902");
    static final UUID LETTER_ID = UUID.fromString("5b0c7e2a-9d41-4f6e-8a3b-1c2d3e4f5a60");
    static final RemotePrintSupplier SUPPLIER = new RemotePrintSupplier("Strålfors fjernprint", "20", "5059");
    static final List<String> ADDRESS_LINES = List.of("Nørregade 12, 2. tv", "1165 København K");
    /** A PDF as far as the wire format cares: bytes beginning with %PDF, not all of them ASCII. */
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final String PDF_BASE64 = "JVBERi0xLjcKJeLjz9MKMSAwIG9iaiA8PD4+IGVuZG9iagolJUVPRgo=";
    static final PrintJob JOB = new PrintJob(LETTER_ID, SUPPLIER, SOFIE, "Sofie Nielsen", ADDRESS_LINES,
            "Dit nye sundhedskort", PDF);
    static final String ACCEPTED = """
            {"printReference": "FP-000042", "accepted": "2026-11-22T09:00:00Z"}""";

    final WireMockServer printService = new WireMockServer(options().dynamicPort());

    @Inject
    PrintPort port;

    @Inject
    @Named("print")
    ResilientHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        printService.start();
        return Map.of("sygesikring.print.url", printService.baseUrl());
    }

    /** A fresh client's first request pays for Netty and JSON, close to the 1 s read timeout; not in a timed test. */
    @BeforeAll
    void warmUpHttpClient() {
        printService.stubFor(letter().willReturn(jsonAnswer(202, ACCEPTED)));
        port.submit(JOB);
    }

    @BeforeEach
    void resetPrintServiceAndCircuitBreaker() {
        printService.resetAll();
        circuitBreaker().reset();
    }

    @AfterAll
    void stopPrintService() {
        printService.stop();
    }

    static MappingBuilder letter() {
        return WireMock.post(urlEqualTo(PrintWireFormat.LETTERS));
    }

    static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static RequestPatternBuilder letterRequests() {
        return WireMock.postRequestedFor(urlEqualTo(PrintWireFormat.LETTERS));
    }

    CircuitBreaker circuitBreaker() {
        return client.circuitBreaker();
    }

    int requests(RequestPatternBuilder pattern) {
        return printService.findAll(pattern).size();
    }
}
