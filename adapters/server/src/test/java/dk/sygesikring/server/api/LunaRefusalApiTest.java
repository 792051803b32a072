package dk.sygesikring.server.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.OutboxTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * LUNA refuses a registration (a 422 answer, not an outage). The LUNA simulator refuses a doctor choice of a
 * provider number it does not know; a WireMock proxy in front of it refuses a group change for one person. The
 * persons live in Herning, at a place no other test uses, with the practices of this class around them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LunaRefusalApiTest implements TestPropertyProvider {

    private static final int SERIES = 87;
    private static final String HERNING = "657";
    private static final String REGISTRATIONS = "/luna/registrations";
    private static final double LATITUDE = 56.136;
    private static final double LONGITUDE = 8.976;
    private static final double KM_PER_DEGREE_LONGITUDE = 111.2 * Math.cos(Math.toRadians(LATITUDE));

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final LunaSimulator luna = LunaSimulator.start(population, 0);
    private final WireMockServer lunaProxy = new WireMockServer(wireMockConfig().dynamicPort());
    /** In this service's register, unknown to LUNA: LUNA refuses every choice of them. */
    private final String almostFull = unknownToLuna("990871");
    private final String open = unknownToLuna("990872");
    private final String openToo = unknownToLuna("990873");
    private final Address home = new Address("Bethaniagade", "1", null, null, "7400", "Herning", "0707",
            MunicipalityCode.of(HERNING), "addr-luna-refusal-home", new Coordinates(LATITUDE, LONGITUDE));

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;
    @Inject OutboxDeliveries deliveries;
    @Inject OutboxTable outbox;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        lunaProxy.start();
        return Map.of("sygesikring.luna.url", lunaProxy.baseUrl(),
                "sygesikring.luna.retry.initial-wait", "10ms");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        lunaProxy.stubFor(WireMock.any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(luna.baseUrl())));
        transactions.inTransaction(() -> {
            // 1000 registered patients, closing limit 1001: one reservation takes it to its limit. The two open
            // practices nearby make a choice at the limit need a dispensation (DOC-3).
            register.savePractitioners(List.of(
                    practice(almostFull, "Næsten fuld Herning", 1.0, 1002, 1001),
                    practice(open, "Åben Herning", 2.0, 5000, 4000),
                    practice(openToo, "Også åben Herning", 3.0, 5000, 4000)));
            return null;
        });
    }

    @AfterAll
    void stop() {
        lunaProxy.stop();
        luna.close();
    }

    @Test
    @DisplayName("DOC-7 (release on refusal) LUNA refuses a doctor choice: refused, its place released, a caseworker's task says what LUNA answered")
    void DOC7_a_choice_luna_refuses_releases_its_place() {
        Person first = newAdult();
        Person second = newAdult();
        String refusedId = choose(first, almostFull).getString("forloebId");

        deliveries.deliverFor(refusedId);

        JsonPath refused = read(refusedId);
        String answer = "unknown provider number " + almostFull;
        assertThat(refused.getString("state")).isEqualTo("REFUSED_BY_LUNA");
        assertThat(refused.getString("lunaRefusal")).isEqualTo(answer);
        assertThat(refused.getString("decidedBy.kind")).isEqualTo("SYSTEM");
        assertThat(refused.getString("decidedBy.id")).isEqualTo("LUNA");
        assertThat(refused.getString("decidedAt")).isNotNull();
        assertThat(refused.getString("forloeb.status")).as("the caseworker's task is open").isEqualTo("IN_PROGRESS");
        assertThat(refused.getList("forloeb.activities.type")).containsExactly("AWAIT_LUNA", "MANUAL_TASK");
        assertThat(refused.getString("forloeb.activities[0].state")).isEqualTo("FAILED");
        assertThat(refused.getString("forloeb.activities[0].closedBy.id")).isEqualTo("LUNA");
        assertThat(refused.getString("forloeb.activities[1].state")).isEqualTo("OPEN");
        assertThat(refused.getString("forloeb.activities[1].note")).contains(answer, first.cpr().value(), almostFull);

        assertThat(choose(second, almostFull).getString("state"))
                .as("the refused choice's place is free again: below the closing limit, no dispensation")
                .isEqualTo("AWAITING_LUNA");
    }

    @Test
    @DisplayName("DOC-7 (release on refusal) LUNA refuses one of a family's registrations: the other is not sent, the consent question ends, the places are free")
    void DOC7_a_family_choice_luna_refuses_sends_no_more() {
        Person parent = newAdult();
        Person child = TestPersons.person(TestCprs.cpr(bornYearsAgo(6, 3), SERIES, Gender.FEMALE), "Afvist Barn", home);
        persons.store(parent, List.of(Relation.custody(parent.cpr(), child.cpr())), List.of(child));
        String id = api.as(caseworker()).contentType("application/json").body("""
                        {"persons":[{"cpr":"%s","consent":"YES"},{"cpr":"%s","consent":"DONT_KNOW"}],
                         "providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                        .formatted(parent.cpr().value(), child.cpr().value(), open, TODAY))
                .post("/doctor-choices").then().statusCode(202).extract().path("forloebId");

        deliveries.deliverFor(id);

        List<OutboxTable.Row> records = outbox.ofForloeb(OutboxDeliveries.ids(id));
        assertThat(records).extracting(OutboxTable.Row::state).containsExactlyInAnyOrder("REFUSED", "WITHDRAWN");
        assertThat(records).filteredOn(row -> row.state().equals("WITHDRAWN")).singleElement()
                .satisfies(row -> assertThat(row.lastError()).isEqualTo("Lægevalget blev afvist af LUNA"));
        List<String> keys = records.stream().map(row -> row.id().toString()).toList();
        assertThat(lunaProxy.getAllServeEvents()).as("LUNA was asked once: the other registration was not sent")
                .filteredOn(event -> keys.contains(event.getRequest().getHeader("Idempotency-Key"))).hasSize(1);
        JsonPath refused = read(id);
        assertThat(refused.getString("state")).isEqualTo("REFUSED_BY_LUNA");
        assertThat(refused.getList("forloeb.activities.type")).containsExactly("AWAIT_CONSENT", "AWAIT_LUNA", "MANUAL_TASK");
        assertThat(refused.getList("forloeb.activities.state")).containsExactly("CANCELLED", "FAILED", "OPEN");
    }

    @Test
    @DisplayName("DOC-16 (refused is not in progress) after LUNA refused a person's choice, a new choice for the person is accepted")
    void DOC16_a_choice_luna_refused_does_not_block_a_new_one() {
        Person person = newAdult();
        deliveries.deliverFor(choose(person, openToo).getString("forloebId"));

        assertThat(choose(person, open).getString("state")).isEqualTo("AWAITING_LUNA");
    }

    @Test
    @DisplayName("FORL-3 (ended choice) the caseworker ends the forløb of a choice LUNA refused by cancelling it; the choice stays refused")
    void FORL3_the_forloeb_of_a_refused_choice_can_be_cancelled() {
        Person person = newAdult();
        String id = choose(person, openToo).getString("forloebId");
        deliveries.deliverFor(id);

        api.as(caseworker()).post("/forloeb/{id}/cancel", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("activities.find { it.type == 'MANUAL_TASK' }.state", equalTo("CANCELLED"));
        assertThat(read(id).getString("state")).isEqualTo("REFUSED_BY_LUNA");
    }

    @Test
    @DisplayName("FORL-4 (refusal) LUNA refuses a group change: the forløb stops waiting, the change is no longer pending, a caseworker's task says what LUNA answered")
    void FORL4_a_group_change_luna_refuses_stops_waiting() {
        Person person = newAdult();
        String answer = "the person is not resident in Denmark";
        lunaProxy.stubFor(post(urlEqualTo(REGISTRATIONS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.cpr", WireMock.equalTo(person.cpr().value())))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"" + answer + "\"}")));
        String id = api.as(caseworker()).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(5) + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(202).extract().path("id");

        deliveries.deliverFor(id);

        api.as(caseworker()).get("/persons/{cpr}/group", person.cpr().value()).then().statusCode(200)
                .body("pending", hasSize(0)).body("upcoming", hasSize(0));
        JsonPath forloeb = api.as(caseworker()).get("/forloeb/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(forloeb.getList("activities.type")).containsExactly("AWAIT_LUNA", "MANUAL_TASK");
        assertThat(forloeb.getString("activities[0].state")).isEqualTo("FAILED");
        assertThat(forloeb.getString("activities[0].note")).isEqualTo("LUNA afviste: " + answer);
        assertThat(forloeb.getString("activities[1].state")).isEqualTo("OPEN");
        assertThat(forloeb.getString("activities[1].note")).contains(answer, person.cpr().value());
    }

    private JsonPath choose(Person person, String providerNumber) {
        return api.as(caseworker()).contentType("application/json").body("""
                        {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                        .formatted(person.cpr().value(), providerNumber, TODAY))
                .post("/doctor-choices").then().statusCode(202).extract().jsonPath();
    }

    private JsonPath read(String forloebId) {
        return api.as(caseworker()).get("/doctor-choices/{id}", forloebId).then().statusCode(200).extract().jsonPath();
    }

    private Person newAdult() {
        int n = nextPerson++;
        Person adult = TestPersons.person(TestCprs.cpr(bornYearsAgo(25 + n, 3), SERIES, n % 2 == 0 ? Gender.MALE : Gender.FEMALE),
                "Afvist " + n, home);
        persons.store(adult);
        return adult;
    }

    private String caseworker() {
        return tokens.caseworker(HERNING, "cw-657-luna");
    }

    private String unknownToLuna(String number) {
        assertThat(population.practitioners()).noneMatch(known -> known.providerNumber().value().equals(number));
        return number;
    }

    private static Practitioner practice(String number, String name, double kilometresEast, int capacity, int closingLimit) {
        Address address = new Address("Lægevej", number.substring(3), null, null, "7400", "Herning", "0808",
                MunicipalityCode.of(HERNING), "addr-luna-refusal-" + number,
                new Coordinates(LATITUDE, LONGITUDE + kilometresEast / KM_PER_DEGREE_LONGITUDE));
        return new Practitioner(ProviderNumber.of(number), name, address, MunicipalityCode.of(HERNING),
                PractitionerKind.REGULAR, true, capacity, closingLimit, 1000, Set.of());
    }
}
