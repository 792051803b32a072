package dk.sygesikring.server.letter;

import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.AuditLog;
import dk.sygesikring.server.support.GlobalConfigurationBodies;
import dk.sygesikring.server.support.LunaSimulatorSupport;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * LET-7 "Hent regionale breve" over HTTP against the LUNA simulator. The class's persons live in København and are
 * unknown to the demo population; the regions' letters are given to them through the simulator's control route, as
 * the regions would have sent them. The caseworker is of Aarhus: any municipality may look the letters up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalLettersApiTest implements TestPropertyProvider {

    private static final int SERIES = 47;
    private static final String PATH = "/persons/{cpr}/regional-letters";
    private static final String CLOSURE_ID = "0c1f8a2e-47a1-4c3d-9e2f-5a6b7c8d9e01";
    private static final String MOVE_ID = "1d2e3b5f-47b1-4d2e-8f3a-6b7c8d9e0f12";
    private static final String OLD_ID = "2e3f4c60-47c1-4e3f-9a4b-7c8d9e0f1a23";

    private final LunaSimulator luna = LunaSimulator.start(DemoPopulation.generate(DemoPopulation.DEFAULT_SEED), 0);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject AuditLog auditLog;
    @Inject JsonMapper json;
    @Inject @Named("luna") CircuitBreaker circuitBreaker;
    ApiClient api;

    final Person mother = person(44, 11, Gender.FEMALE, "Regitze Brev");
    final Person father = person(46, 12, Gender.MALE, "Rasmus Brev");
    final Person daughter = person(9, 13, Gender.FEMALE, "Rosa Brev");
    final Person withoutLetters = person(71, 14, Gender.MALE, "Ruben Ingen");

    @Override
    public Map<String, String> getProperties() {
        return LunaSimulatorSupport.properties(luna);
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(mother, List.of(Relation.custody(mother.cpr(), daughter.cpr()), Relation.spouses(mother.cpr(), father.cpr())),
                List.of(daughter, father));
        persons.store(withoutLetters);
        letters(mother, letter(OLD_ID, "2024-12-31", "Bekræftelse af lægevalg", null),
                letter(CLOSURE_ID, "2025-03-14", "Din læge stopper – du er tilmeldt en ny læge", "DIGITAL_POST"),
                letter(MOVE_ID, "2025-12-31", "Din lægepraksis flytter til ny adresse", "DIGITAL_POST"));
        letters(daughter, letter("3f405d71-47d1-4f40-8b5c-8d9e0f1a2b34", "2025-03-14",
                "Din læge stopper – du er tilmeldt en ny læge", "PHYSICAL_MAIL"));
        letters(father, letter("40516e82-47e1-4051-9c6d-9e0f1a2b3c45", "2025-03-14",
                "Din læge stopper – du er tilmeldt en ny læge", "DIGITAL_POST"));
    }

    @AfterAll
    void stop() {
        luna.close();
    }

    @Test
    @DisplayName("LET-7 a caseworker of another municipality gets the letters sent in the period, both ends included, newest first, and the look-up is audited")
    void LET7_the_letters_of_a_period() {
        int audited = lookUpsAudited(mother);

        api.as(caseworker()).get(PATH + "?from=2025-01-01&to=2025-12-31", mother.cpr().value())
                .then().statusCode(200)
                .body("cpr", equalTo(mother.cpr().value()))
                .body("from", equalTo("2025-01-01")).body("to", equalTo("2025-12-31"))
                .body("letters.letterId", contains(MOVE_ID, CLOSURE_ID))
                .body("letters[0].sentDate", equalTo("2025-12-31"))
                .body("letters[0].regionCode", equalTo("1084"))
                .body("letters[0].regionName", equalTo("Region Hovedstaden"))
                .body("letters[0].title", equalTo("Din lægepraksis flytter til ny adresse"))
                .body("letters[0].channel", equalTo("DIGITAL_POST"));
        api.as(caseworker()).get(PATH + "?from=2024-12-31&to=2024-12-31", mother.cpr().value())
                .then().statusCode(200)
                .body("letters.letterId", contains(OLD_ID))
                .body("letters[0]", not(hasKey("channel")));

        assertThat(lookUpsAudited(mother)).isEqualTo(audited + 2);
        assertThat(auditLog.linesAbout(mother.cpr().value())).filteredOn(line -> line.action().equals("READ_REGIONAL_LETTERS"))
                .last().satisfies(line -> {
                    assertThat(line.actorRole()).isEqualTo("CASEWORKER");
                    assertThat(line.actorId()).isEqualTo("cw-751-regional");
                    assertThat(line.municipalityCode()).isEqualTo("751");
                });
    }

    @Test
    @DisplayName("LET-7 a person the regions sent nothing has no letters, nor has anyone in a period without any")
    void LET7_no_letters() {
        api.as(caseworker()).get(PATH + "?from=2000-01-01&to=2000-12-31", withoutLetters.cpr().value())
                .then().statusCode(200).body("letters", empty());
        api.as(tokens.specialCaseworker("101", "cw-101-regional")).get(PATH + "?from=2020-01-01&to=2020-12-31", mother.cpr().value())
                .then().statusCode(200).body("letters", empty());
    }

    @Test
    @DisplayName("LET-7 a citizen looks up their own letters and their child's under 15, unaudited; a spouse's are refused by the rule of who a citizen acts for")
    void LET7_the_citizen() {
        String citizen = tokens.citizen(mother.cpr().value());

        api.as(citizen).get(PATH + "?from=2025-01-01&to=2025-12-31", mother.cpr().value())
                .then().statusCode(200).body("letters.letterId", contains(MOVE_ID, CLOSURE_ID));
        api.as(citizen).get(PATH + "?from=2025-01-01&to=2025-12-31", daughter.cpr().value())
                .then().statusCode(200).body("letters[0].channel", equalTo("PHYSICAL_MAIL"));
        api.as(citizen).get(PATH + "?from=2025-01-01&to=2025-12-31", father.cpr().value())
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:sygesikring:problem:not-your-person")).body("rule", equalTo("ROLE-3"));
        assertThat(auditLog.linesAbout(daughter.cpr().value())).isEmpty();
    }

    @Test
    @DisplayName("LET-7 the system may look up the letters; an administrator may not; a person not in the register is 404")
    void LET7_who_else() {
        api.as(tokens.system()).get(PATH + "?from=2025-01-01&to=2025-12-31", father.cpr().value())
                .then().statusCode(200).body("letters", org.hamcrest.Matchers.hasSize(1));
        api.as(tokens.administrator("751", "adm-751-regional")).get(PATH + "?from=2025-01-01&to=2025-12-31", mother.cpr().value())
                .then().statusCode(403);
        api.as(caseworker()).get(PATH + "?from=2025-01-01&to=2025-12-31",
                        TestCprs.cpr(bornYearsAgo(50, 15), SERIES, Gender.MALE).value())
                .then().statusCode(404).body("type", equalTo("urn:sygesikring:problem:person-not-found"));
        api.wrongRequest().get(PATH + "?from=2025-01-01&to=2025-12-31", mother.cpr().value()).then().statusCode(401);
    }

    @Test
    @DisplayName("LET-7 both dates are required and must be dates; to before from and a period longer than 366 days are 400 naming to")
    void LET7_the_period_is_validated() {
        invalid(PATH + "?to=2025-12-31").body("invalidParams[0].name", equalTo("from"));
        invalid(PATH + "?from=2025-01-01").body("invalidParams[0].name", equalTo("to"));
        invalid(PATH + "?from=2025-13-01&to=2025-12-31").body("invalidParams[0].name", equalTo("from"));
        invalid(PATH + "?from=2025-02-01&to=2025-01-31").body("invalidParams[0].name", equalTo("to"))
                .body("invalidParams[0].reason", equalTo("must not be before from"));
        invalid(PATH + "?from=2025-01-01&to=2026-01-02").body("invalidParams[0].name", equalTo("to"))
                .body("invalidParams[0].reason", equalTo("must be at most 365 days after from: a look-up covers at most 366 days"));
        api.as(caseworker()).get(PATH + "?from=2025-01-01&to=2026-01-01", mother.cpr().value()).then().statusCode(200);
        api.as(caseworker()).get(PATH + "?from=2024-01-01&to=2024-12-31", mother.cpr().value()).then().statusCode(200)
                .body("letters.letterId", contains(OLD_ID));
    }

    @Test
    @DisplayName("LET-7 the longest period is the global configuration's regionalLetterPeriodMaxDays and a change holds at once")
    void LET7_the_configured_longest_period() {
        GlobalConfigurationBodies global = new GlobalConfigurationBodies(api.as(operator()).get("/configuration/global")
                .then().statusCode(200).body("regionalLetterPeriodMaxDays", equalTo(366)).extract().asString(), json);
        try {
            api.as(operator()).contentType("application/json")
                    .body(global.with(body -> body.put("regionalLetterPeriodMaxDays", 31))).put("/configuration/global")
                    .then().statusCode(200).body("regionalLetterPeriodMaxDays", equalTo(31));

            api.as(caseworker()).get(PATH + "?from=2025-03-01&to=2025-03-31", mother.cpr().value())
                    .then().statusCode(200).body("letters.letterId", contains(CLOSURE_ID));
            invalid(PATH + "?from=2025-03-01&to=2025-04-01").body("invalidParams[0].name", equalTo("to"))
                    .body("invalidParams[0].reason", equalTo("must be at most 30 days after from: a look-up covers at most 31 days"));
            api.wrongRequest().header("Authorization", "Bearer " + operator()).contentType("application/json")
                    .body(global.with(body -> body.put("regionalLetterPeriodMaxDays", 0))).put("/configuration/global")
                    .then().statusCode(400).body("invalidParams[0].name", equalTo("regionalLetterPeriodMaxDays"));
        } finally {
            api.as(operator()).contentType("application/json").body(global.original()).put("/configuration/global")
                    .then().statusCode(200);
        }
    }

    @Test
    @DisplayName("LET-7 when LUNA does not answer the look-up is 503 problem+json with Retry-After")
    void LET7_luna_down() {
        LunaSimulatorSupport.whileDown(luna, circuitBreaker, () ->
                api.as(caseworker()).get(PATH + "?from=2025-01-01&to=2025-12-31", mother.cpr().value())
                        .then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", equalTo("30"))
                        .body("type", equalTo("urn:sygesikring:problem:external-system-unavailable")));
    }

    private int lookUpsAudited(Person person) {
        return (int) auditLog.linesAbout(person.cpr().value()).stream()
                .filter(line -> line.action().equals("READ_REGIONAL_LETTERS")).count();
    }

    private ValidatableResponse invalid(String path) {
        return api.wrongRequest().header("Authorization", "Bearer " + caseworker()).get(path, mother.cpr().value())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sygesikring:problem:invalid-request"));
    }

    /** The regions sent the person exactly these letters, as LUNA holds them. */
    private void letters(Person person, String... letters) {
        RestAssured.given().baseUri(luna.baseUrl()).contentType("application/json").body("[" + String.join(",", letters) + "]")
                .put("/simulator/regional-letters/" + person.cpr().value()).then().statusCode(204);
    }

    private static String letter(String id, String sent, String title, String channel) {
        return """
                {"letterId": "%s", "regionCode": "1084", "regionName": "Region Hovedstaden", "sentDate": "%s",
                 "title": "%s", "channel": %s}""".formatted(id, sent, title, channel == null ? "null" : "\"" + channel + "\"");
    }

    private static Person person(int years, int daysAgo, Gender gender, String name) {
        return TestPersons.person(TestCprs.cpr(bornYearsAgo(years, daysAgo), SERIES, gender), name,
                TestPersons.address("addr-regional-letters"));
    }

    private String caseworker() {
        return tokens.caseworker("751", "cw-751-regional");
    }

    private String operator() {
        return tokens.token("national-operator-regional-letters-test", "SYSTEM", Map.of());
    }
}
