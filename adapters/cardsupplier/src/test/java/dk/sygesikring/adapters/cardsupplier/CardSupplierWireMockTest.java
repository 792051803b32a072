package dk.sygesikring.adapters.cardsupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOrder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierPort;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * WireMock in the role of the card supplier on a free port, reset with the circuit breaker before each test so that
 * tests do not depend on one another. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CardSupplierWireMockTest implements TestPropertyProvider {

    static final Cpr SOFIE = Cpr.of("2207859902");
    static final String ORDERS = "/orders";
    static final UUID ORDER_ID = UUID.fromString("7d1c2b9e-4f3a-4e1b-9c2d-5a6b7c8d9e01");
    static final String ORDER_PATH = ORDERS + "/" + ORDER_ID;
    static final String ADDRESS = "Nørregade 12, 2. tv, 1165 København K";
    static final HealthCard.CardDoctor DOCTOR = new HealthCard.CardDoctor(ProviderNumber.of("050208"),
            "Lægerne i Nørregade", "Nørregade 30, 1165 København K");
    static final HealthCard GROUP_1_CARD = new HealthCard(SOFIE, "Sofie Nielsen", ADDRESS, Sikringsgruppe.GROUP_1,
            Optional.of(DOCTOR), LocalDate.of(2026, 12, 1));
    static final CardSupplierOrder ORDER = new CardSupplierOrder(ORDER_ID, GROUP_1_CARD,
            new CardDelivery.ToAddress(ADDRESS));
    static final String RECEIVED = """
            {"supplierReference": "CS-000042", "receivedAt": "2026-11-22T09:00:00Z"}""";
    static final String CANCELLED = """
            {"status": "CANCELLED", "cancelledAt": "2026-11-22T10:00:00Z"}""";

    final WireMockServer supplier = new WireMockServer(options().dynamicPort());

    @Inject
    CardSupplierPort port;

    @Inject
    @Named("card-supplier")
    ResilientHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        supplier.start();
        return Map.of("sygesikring.card-supplier.url", supplier.baseUrl());
    }

    /** A fresh client's first request pays for Netty and JSON, close to the 1 s read timeout; not in a timed test. */
    @BeforeAll
    void warmUpHttpClient() {
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED)));
        port.order(ORDER);
    }

    @BeforeEach
    void resetSupplierAndCircuitBreaker() {
        supplier.resetAll();
        circuitBreaker().reset();
    }

    @AfterAll
    void stopSupplier() {
        supplier.stop();
    }

    static MappingBuilder order() {
        return WireMock.post(urlEqualTo(ORDERS));
    }

    static MappingBuilder cancellation() {
        return WireMock.delete(urlEqualTo(ORDER_PATH));
    }

    static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static RequestPatternBuilder orderRequests() {
        return WireMock.postRequestedFor(urlEqualTo(ORDERS));
    }

    static RequestPatternBuilder cancellationRequests() {
        return WireMock.deleteRequestedFor(urlEqualTo(ORDER_PATH));
    }

    CircuitBreaker circuitBreaker() {
        return client.circuitBreaker();
    }

    int requests(RequestPatternBuilder pattern) {
        return supplier.findAll(pattern).size();
    }
}
