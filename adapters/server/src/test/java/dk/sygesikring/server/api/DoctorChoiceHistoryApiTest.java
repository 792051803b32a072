package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.WellKnown;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** DOC-10 against the LUNA simulator, whose demo history gives Mads Nørgaard an older doctor and 050208 since 2015. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DoctorChoiceHistoryApiTest implements TestPropertyProvider {

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final LunaSimulator luna = LunaSimulator.start(population, 0);
    private final String father = WellKnown.KBH_FATHER.value();

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject OutboxDeliveries deliveries;
    ApiClient api;
    String groupChange;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.luna.url", luna.baseUrl(),
                "sygesikring.luna.retry.initial-wait", "10ms",
                "sygesikring.luna.circuit-breaker.wait-duration-in-open-state", "100ms");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        Person person = population.person(WellKnown.KBH_FATHER).orElseThrow();
        persons.store(person);
    }

    @AfterAll
    void stop() {
        luna.close();
    }

    @Test
    @Order(1)
    @DisplayName("DOC-10 the history LUNA holds, newest valid-from first, with LUNA's texts and registration ids")
    void DOC10_what_luna_holds() {
        api.as(caseworker()).get("/persons/{cpr}/doctor-choice-history", father)
                .then().statusCode(200)
                .body("lunaAnswered", equalTo(true))
                .body("rows.size()", greaterThanOrEqualTo(2))
                .body("rows[0].text", equalTo("Lægevalg: 050208 (godkendt)"))
                .body("rows[0].validTo", nullValue())
                .body("rows[1].kind", equalTo("DOCTOR_CHOICE"))
                .body("rows[1].validTo", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @Order(2)
    @DisplayName("DOC-10 a registration this service made shows its forløb; view=current holds what is in force and what comes")
    void DOC10_own_registrations_link_their_forloeb() {
        groupChange = api.as(caseworker()).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(10) + "\"}")
                .post("/persons/{cpr}/group-changes", father).then().statusCode(202).extract().path("id");
        deliveries.deliverFor(groupChange);

        api.as(caseworker()).get("/persons/{cpr}/doctor-choice-history", father)
                .then().statusCode(200)
                .body("rows[0].text", equalTo("Gruppeskift til 2 (godkendt)"))
                .body("rows[0].forloebId", equalTo(groupChange))
                .body("rows[1].validTo", equalTo(TODAY.plusDays(9).toString()));
        api.as(caseworker()).queryParam("view", "current").get("/persons/{cpr}/doctor-choice-history", father)
                .then().statusCode(200)
                .body("rows", hasSize(2))
                .body("rows[0].group", equalTo(2))
                .body("rows[1].providerNumber", equalTo("050208"));
    }

    @Test
    @Order(3)
    @DisplayName("DOC-10 INT-5 when LUNA does not answer, the history is what this service knows, and says so")
    void DOC10_without_luna() {
        RestAssured.given().baseUri(luna.baseUrl()).body("{\"status\":503}").put("/simulator/fault").then().statusCode(204);
        try {
            api.as(caseworker()).get("/persons/{cpr}/doctor-choice-history", father)
                    .then().statusCode(200)
                    .body("lunaAnswered", equalTo(false))
                    .body("rows.forloebId", hasItem(groupChange));
        } finally {
            RestAssured.given().baseUri(luna.baseUrl()).delete("/simulator/fault");
        }
    }

    private String caseworker() {
        return tokens.caseworker("101", "cw-101-hist");
    }
}
