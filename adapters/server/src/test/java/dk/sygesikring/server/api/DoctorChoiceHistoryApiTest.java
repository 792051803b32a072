package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.LunaSimulatorSupport;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DOC-10 against the LUNA simulator. Every test makes a person of its own, unknown to the demo population, and gives
 * them a history at LUNA the way any other of LUNA's clients would: two doctor choices registered over LUNA's HTTP
 * interface, an older doctor from 2009 and 050208 since 2015. No test uses what another left, in any order.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoctorChoiceHistoryApiTest implements TestPropertyProvider {

    private static final int SERIES = 90;
    private static final String OLDER_DOCTOR = "071145";
    private static final String DOCTOR = "050208";
    private static final LocalDate OLDER_DOCTOR_FROM = LocalDate.of(2009, 6, 1);
    private static final LocalDate DOCTOR_FROM = LocalDate.of(2015, 3, 1);

    private final LunaSimulator luna = LunaSimulator.start(DemoPopulation.generate(DemoPopulation.DEFAULT_SEED), 0);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject OutboxDeliveries deliveries;
    @Inject @Named("luna") CircuitBreaker circuitBreaker;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        return LunaSimulatorSupport.properties(luna);
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
    }

    @AfterAll
    void stop() {
        luna.close();
    }

    @Test
    @DisplayName("DOC-10 the history LUNA holds, newest valid-from first, with LUNA's texts and registration ids")
    void DOC10_what_luna_holds() {
        String person = personWithAHistoryAtLuna();

        api.as(caseworker()).get("/persons/{cpr}/doctor-choice-history", person)
                .then().statusCode(200)
                .body("lunaAnswered", equalTo(true))
                .body("rows", hasSize(2))
                .body("rows[0].kind", equalTo("DOCTOR_CHOICE"))
                .body("rows[0].providerNumber", equalTo(DOCTOR))
                .body("rows[0].validFrom", equalTo(DOCTOR_FROM.toString()))
                .body("rows[0].text", equalTo("Lægevalg: " + DOCTOR + " (godkendt)"))
                .body("rows[0].validTo", nullValue())
                .body("rows[0].registrationId", org.hamcrest.Matchers.notNullValue())
                .body("rows[1].kind", equalTo("DOCTOR_CHOICE"))
                .body("rows[1].providerNumber", equalTo(OLDER_DOCTOR))
                .body("rows[1].validTo", equalTo(DOCTOR_FROM.minusDays(1).toString()));
    }

    @Test
    @DisplayName("DOC-10 a registration this service made shows its forløb; view=current holds what is in force and what comes")
    void DOC10_own_registrations_link_their_forloeb() {
        String person = personWithAHistoryAtLuna();
        String groupChange = deliveredGroupChange(person);

        api.as(caseworker()).get("/persons/{cpr}/doctor-choice-history", person)
                .then().statusCode(200)
                .body("rows", hasSize(4))
                .body("rows[0].text", equalTo("Gruppeskift til 2 (godkendt)"))
                .body("rows[0].forloebId", equalTo(groupChange))
                // the card the group change ordered (CARD-2), in the card-order view too
                .body("rows[1].kind", equalTo("CARD_ORDER"))
                .body("rows[1].text", equalTo("Kortbestilling (bestilt)"))
                .body("rows[1].forloebId", equalTo(groupChange))
                .body("rows[2].validTo", equalTo(TODAY.plusDays(9).toString()))
                .body("rows[2].forloebId", nullValue());
        api.as(caseworker()).queryParam("view", "cardOrders").get("/persons/{cpr}/doctor-choice-history", person)
                .then().statusCode(200)
                .body("rows.findAll { it.forloebId == '" + groupChange + "' }.text", hasItem("Kortbestilling (bestilt)"));
        api.as(caseworker()).queryParam("view", "current").get("/persons/{cpr}/doctor-choice-history", person)
                .then().statusCode(200)
                .body("rows", hasSize(2))
                .body("rows[0].group", equalTo(2))
                .body("rows[1].providerNumber", equalTo(DOCTOR));
    }

    @Test
    @DisplayName("DOC-10 INT-5 when LUNA does not answer, the history is what this service knows, and says so")
    void DOC10_without_luna() {
        String person = personWithAHistoryAtLuna();
        String groupChange = deliveredGroupChange(person);

        LunaSimulatorSupport.whileDown(luna, circuitBreaker, () ->
                api.as(caseworker()).get("/persons/{cpr}/doctor-choice-history", person)
                        .then().statusCode(200)
                        .body("lunaAnswered", equalTo(false))
                        .body("rows", hasSize(2)) // the group change and the card it ordered
                        .body("rows.forloebId", hasItem(groupChange)));
    }

    /** A new person in this service's register, with two doctor choices at LUNA that this service did not make. */
    private String personWithAHistoryAtLuna() {
        int n = nextPerson++;
        Person person = TestPersons.person(TestCprs.cpr(bornYearsAgo(40 + n, 20), SERIES, n % 2 == 0 ? Gender.MALE : Gender.FEMALE),
                "Historik " + n, TestPersons.address("addr-history-" + n));
        persons.store(person);
        registerAtLuna(person, OLDER_DOCTOR, OLDER_DOCTOR_FROM);
        registerAtLuna(person, DOCTOR, DOCTOR_FROM);
        return person.cpr().value();
    }

    /** A doctor choice registered at LUNA over its HTTP interface, as by another of LUNA's clients. */
    private void registerAtLuna(Person person, String providerNumber, LocalDate validFrom) {
        RestAssured.given().baseUri(luna.baseUrl()).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"kind":"DOCTOR_CHOICE","cpr":"%s","providerNumber":"%s","group":null,"validFrom":"%s","forloebId":"%s"}"""
                        .formatted(person.cpr().value(), providerNumber, validFrom, UUID.randomUUID()))
                .post("/luna/registrations").then().statusCode(201);
    }

    /** A change to group 2 in 10 days, made through this service and registered at LUNA. */
    private String deliveredGroupChange(String person) {
        String groupChange = api.as(caseworker()).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(10) + "\"}")
                .post("/persons/{cpr}/group-changes", person).then().statusCode(202).extract().path("id");
        deliveries.deliverFor(groupChange);
        // registered at LUNA; the forløb goes on for the card of group 2 (CARD-2)
        api.as(caseworker()).get("/forloeb/{id}", groupChange).then().statusCode(200)
                .body("activities[0].type", equalTo("AWAIT_LUNA")).body("activities[0].state", equalTo("DONE"));
        return groupChange;
    }

    private String caseworker() {
        return tokens.caseworker("101", "cw-101-hist");
    }
}
