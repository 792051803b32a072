package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.Waiting.await;
import static dk.sygesikring.server.support.Waiting.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.PractitionerTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestDates;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * INT-1: the practitioner register is fed from LUNA, over HTTP from the LUNA simulator, whose list each test sets
 * through the simulator's control route. The practices lie on Anholt (Norddjurs, 707) at 56.71 N, 11.55 E, where no
 * other test places one, and have provider numbers 980xxx, which no other test uses.
 *
 * <p>Why this class puts the register back after every test: a run closes down every practitioner LUNA does not list,
 * and LUNA's list here holds only this class's practitioners, so each run closes down what the other test classes
 * saved in the register they share with it (the share a run may close is set to 100 % for that). Listing those too
 * would not help: a run saves every listed practitioner anew with LUNA's count of its patients, which would change
 * the counts other classes check (DOC-7). So before each test the open practitioners are noted, and after it they
 * are opened again, exactly as they were (a run changes nothing else in a practitioner it does not list), and this
 * class's own practitioners are taken out. Any class may run before or after this one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PractitionerSynchronisationApiTest implements TestPropertyProvider {

    private static final int SERIES = 97;
    /** The provider numbers of this class's practitioners, and of no other test's. */
    private static final String OWN_NUMBERS = "980";
    private static final String NORDDJURS = "707";
    private static final double LATITUDE = 56.71;
    private static final double LONGITUDE = 11.55;

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final LunaSimulator luna = LunaSimulator.start(population, 0);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject MutableClock clock;
    @Inject PractitionerTable register;
    ApiClient api;
    Set<String> openBefore;

    final Person onAnholt = TestPersons.person(TestCprs.cpr(bornYearsAgo(47, 2), SERIES, Gender.FEMALE), "Anne Anholt",
            new Address("Nordvej", "1", null, null, "8592", "Anholt", "0101", MunicipalityCode.of(NORDDJURS),
                    "addr-sync-anholt", new Coordinates(LATITUDE, LONGITUDE)));

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.luna.url", luna.baseUrl(),
                "sygesikring.luna.retry.initial-wait", "10ms",
                // the outage test must not leave the circuit open for the next test
                "sygesikring.luna.circuit-breaker.minimum-number-of-calls", "1000",
                "sygesikring.practitioner-sync.max-closed-percent", "100",
                "sygesikring.practitioner-sync.enabled", "true",
                "sygesikring.deadlines.enabled", "true",
                "sygesikring.deadlines.polling-interval", "1s");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(onAnholt);
    }

    @AfterAll
    void stop() {
        luna.close();
    }

    @BeforeEach
    void noteTheOpenPractitioners() {
        openBefore = register.open();
        assertThat(openBefore).as("no practitioner of this class is left from before").noneMatch(number -> number.startsWith(OWN_NUMBERS));
    }

    /** The register as this test found it: what it closed down open again, its own practitioners gone. */
    @AfterEach
    void putTheRegisterBack() {
        register.reopen(openBefore);
        register.delete(register.startingWith(OWN_NUMBERS));
        assertThat(register.open()).isEqualTo(openBefore);
    }

    @Test
    @DisplayName("INT-1 an administrator synchronises on demand: LUNA's new practitioners are added, changed ones changed, unlisted ones closed down, and each run shows when and how many")
    void INT1_added_changed_closed_on_demand() {
        lunaLists(practitioner("980101", "Lægerne Anholt", true, 1.0), practitioner("980102", "Læge på Anholt", true, 2.0));

        JsonPath first = synchroniseAs(tokens.administrator(NORDDJURS, "adm-707-1"));
        assertThat(first.getString("trigger")).isEqualTo("ON_DEMAND");
        assertThat(first.getString("requestedBy.id")).isEqualTo("adm-707-1");
        assertThat(first.getString("outcome")).isEqualTo("COMPLETED");
        assertThat(first.getInt("listed")).isEqualTo(2);
        assertThat(first.getInt("added")).isEqualTo(2);
        assertThat(first.getInt("changed")).isZero();
        assertThat(Instant.parse(first.getString("finishedAt"))).isAfterOrEqualTo(Instant.parse(first.getString("startedAt")));
        choiceList().body("entries.providerNumber", hasItem("980102"));

        // 980101 closes for new patients, 980102 is gone from LUNA's list, 980103 is new
        lunaLists(practitioner("980101", "Lægerne Anholt", false, 1.0), practitioner("980103", "Nye læger Anholt", true, 3.0));

        JsonPath second = synchroniseAs(tokens.system());
        assertThat(second.getInt("listed")).isEqualTo(2);
        assertThat(second.getInt("added")).isEqualTo(1);
        assertThat(second.getInt("changed")).isEqualTo(1);
        assertThat(second.getInt("closed")).as("980102; the first run closed everything else").isEqualTo(1);
        choiceList().body("entries.providerNumber", not(hasItem("980102")))
                .body("entries.find { it.providerNumber == '980101' }.open", equalTo(false))
                .body("entries.find { it.providerNumber == '980103' }.open", equalTo(true));
        api.as(tokens.citizen(onAnholt.cpr().value())).contentType("application/json").body("""
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"980102","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(onAnholt.cpr().value(), TODAY)).post("/doctor-choices")
                .then().statusCode(422).body("type", equalTo("urn:sygesikring:problem:unknown-practitioner"));
        api.as(tokens.caseworker(NORDDJURS, "cw-707-1")).queryParam("q", "980").queryParam("extended", true).get("/practitioners")
                .then().statusCode(200).body("providerNumber", not(hasItem("980102")));

        List<String> newestFirst = api.as(tokens.administrator(NORDDJURS, "adm-707-1")).queryParam("limit", 100)
                .get("/practitioner-synchronisations").then().statusCode(200)
                .body("find { it.id == '%s' }.requestedBy.kind".formatted(second.getString("id")), equalTo("SYSTEM"))
                .extract().jsonPath().getList("id");
        assertThat(newestFirst).containsSubsequence(second.getString("id"), first.getString("id"));
    }

    @Test
    @DisplayName("INT-1 INT-5 LUNA does not answer: the run fails, is listed with the reason, and changes nothing in the register")
    void INT1_a_failed_run_changes_nothing() {
        lunaLists(practitioner("980201", "Lægehuset Anholt", true, 1.5));
        synchroniseAs(tokens.system());
        // were the failure not handled, this empty list would close 980201 down
        lunaLists();

        RestAssured.given().baseUri(luna.baseUrl()).contentType("application/json").body("{\"status\":503}")
                .put("/simulator/fault").then().statusCode(204);
        JsonPath failed;
        try {
            failed = synchroniseAs(tokens.administrator(NORDDJURS, "adm-707-1"));
            assertThat(failed.getString("outcome")).isEqualTo("FAILED");
            assertThat(failed.getString("failure")).startsWith("LUNA did not answer");
            assertThat(failed.getMap("$")).doesNotContainKeys("listed", "added", "changed", "closed");
        } finally {
            RestAssured.given().baseUri(luna.baseUrl()).delete("/simulator/fault").then().statusCode(204);
        }
        choiceList().body("entries.providerNumber", hasItem("980201"));
        api.as(tokens.administrator(NORDDJURS, "adm-707-1")).queryParam("limit", 100).get("/practitioner-synchronisations")
                .then().statusCode(200)
                .body("find { it.id == '%s' }.outcome".formatted(failed.getString("id")), equalTo("FAILED"))
                .body("find { it.id == '%s' }.failure".formatted(failed.getString("id")), equalTo(failed.getString("failure")));
    }

    @Test
    @DisplayName("INT-1 two runs asked for at once apply LUNA's list once: one adds the practitioners, the other finds them there")
    void INT1_concurrent_runs_apply_the_list_once() {
        lunaLists(practitioner("980301", "Anholt Lægeklinik", true, 2.5), practitioner("980302", "Anholt Øst", true, 3.5));

        CompletableFuture<JsonPath> one = CompletableFuture.supplyAsync(() -> synchroniseAs(tokens.system()));
        CompletableFuture<JsonPath> other = CompletableFuture.supplyAsync(() -> synchroniseAs(tokens.system()));

        assertThat(List.of(one.join().getInt("added"), other.join().getInt("added"))).containsExactlyInAnyOrder(2, 0);
    }

    @Test
    @DisplayName("INT-1 the daily run: at 03:00 Danish time one of two service instances on the database synchronises, once")
    void INT1_the_daily_run_on_one_instance() {
        lunaLists(practitioner("980401", "Anholt Nord", true, 4.0));
        Map<String, Object> properties = new HashMap<>(getProperties());
        try (ApplicationContext otherInstance = ApplicationContext.run(properties, "test")) {
            Instant threeInTheMorning = Instant.parse("2026-11-23T02:00:00Z");
            Instant startedAfter = threeInTheMorning.minusSeconds(1);
            clock.set(threeInTheMorning.plusSeconds(5));
            otherInstance.getBean(MutableClock.class).set(threeInTheMorning.plusSeconds(5));

            await(() -> scheduledRunsSince(startedAfter).size() == 1);
            sleep(Duration.ofSeconds(3));
            List<Map<String, Object>> runs = scheduledRunsSince(startedAfter);
            assertThat(runs).hasSize(1);
            assertThat(runs.getFirst()).containsEntry("outcome", "COMPLETED").containsEntry("listed", 1)
                    .doesNotContainKey("requestedBy");
            choiceList().body("entries.providerNumber", hasItem("980401"));
        } finally {
            clock.set(TestDates.NOW);
        }
    }

    @Test
    @DisplayName("ROLE-1 INT-1 a caseworker or a citizen neither synchronises the register nor sees its runs")
    void ROLE1_only_administrators_and_the_system() {
        api.as(tokens.caseworker(NORDDJURS, "cw-707-1")).post("/practitioner-synchronisations")
                .then().statusCode(403).body("type", equalTo("urn:sygesikring:problem:forbidden"));
        api.as(tokens.citizen(onAnholt.cpr().value())).get("/practitioner-synchronisations")
                .then().statusCode(403);
        api.wrongRequest().header("Authorization", "Bearer " + tokens.administrator(NORDDJURS, "adm-707-1"))
                .queryParam("limit", 101).get("/practitioner-synchronisations")
                .then().statusCode(400);
    }

    private JsonPath synchroniseAs(String token) {
        return api.as(token).post("/practitioner-synchronisations").then().statusCode(201).extract().jsonPath();
    }

    private List<Map<String, Object>> scheduledRunsSince(Instant startedAfter) {
        List<Map<String, Object>> runs = api.as(tokens.system()).queryParam("limit", 100).get("/practitioner-synchronisations")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return runs.stream().filter(run -> "SCHEDULED".equals(run.get("trigger")))
                .filter(run -> Instant.parse((String) run.get("startedAt")).isAfter(startedAfter)).toList();
    }

    private io.restassured.response.ValidatableResponse choiceList() {
        return api.as(tokens.citizen(onAnholt.cpr().value())).get("/persons/{cpr}/choice-list", onAnholt.cpr().value())
                .then().statusCode(200);
    }

    /** LUNA lists exactly these practitioners from now on (the simulator's control route). */
    private void lunaLists(String... practitioners) {
        RestAssured.given().baseUri(luna.baseUrl()).contentType("application/json").body("[" + String.join(",", practitioners) + "]")
                .put("/simulator/practitioners").then().statusCode(204);
    }

    /** A practice on Anholt in LUNA's wire format, {@code kilometresEast} of the person. */
    private static String practitioner(String number, String name, boolean open, double kilometresEast) {
        double longitude = LONGITUDE + kilometresEast / (111.2 * Math.cos(Math.toRadians(LATITUDE)));
        return """
                {"providerNumber":"%s","practiceName":"%s","kind":"REGULAR","open":%s,"capacity":2000,"closingLimit":1800,
                 "registeredPatients":%d,"selectivelyOpenPostcodes":[],"municipalityCode":"%s",
                 "address":{"street":"Lægevej","houseNumber":"%s","floor":null,"door":null,"postcode":"8592","city":"Anholt",
                            "roadCode":"0202","municipalityCode":"%s","addressId":"addr-sync-%s","latitude":%s,"longitude":%s}}"""
                .formatted(number, name, open, open ? 1000 : 1850, NORDDJURS, number.substring(4), NORDDJURS, number,
                        LATITUDE, longitude);
    }
}
