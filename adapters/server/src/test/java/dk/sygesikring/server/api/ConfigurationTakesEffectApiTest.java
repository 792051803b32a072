package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.GlobalConfigurationBodies.object;
import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.GlobalConfigurationBodies;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestDates;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A change of the global configuration holds for the very next request, without a restart: the rules read their
 * parameters from the configuration on every request. The persons live in Svendborg (479) at 55.06 N, 10.61 E, a
 * place no other test uses; one degree of longitude there is about 63.8 km. The global configuration and the clock
 * are put back after every test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigurationTakesEffectApiTest {

    private static final int SERIES = 71;
    private static final String SVENDBORG = "479";
    private static final double LATITUDE = 55.06;
    private static final double LONGITUDE = 10.61;
    private static final double KM_PER_DEGREE_LONGITUDE = 111.2 * Math.cos(Math.toRadians(LATITUDE));

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;
    @Inject MutableClock clock;
    @Inject JsonMapper json;
    ApiClient api;
    GlobalConfigurationBodies global;

    final Address home = new Address("Havnegade", "1", null, null, "5700", "Svendborg", "0303",
            MunicipalityCode.of(SVENDBORG), "addr-cfg-home", new Coordinates(LATITUDE, LONGITUDE));
    final Person before = person(60, "Berit Før");
    final Person after = person(61, "Anders Efter");
    final Person lister = person(62, "Lise Liste");
    final Person grouped = person(63, "Gustav Gruppe");
    final Person dated = person(64, "Dorte Dato");

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(before, after, lister, grouped, dated);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(practice("940001", "Havnens Lægehus", 2.0),
                    practice("940002", "Lægerne ved Broen", 8.0)));
            return null;
        });
        global = new GlobalConfigurationBodies(api.as(operator()).get("/configuration/global")
                .then().statusCode(200).extract().asString(), json);
    }

    @AfterEach
    void putBack() {
        api.as(operator()).contentType("application/json").body(global.original()).put("/configuration/global")
                .then().statusCode(200);
        clock.set(TestDates.NOW);
    }

    @Test
    @DisplayName("CFG-1 DOC-5 the consent period follows the configuration at once: after a change to 3 days a new don't know can be settled until the 3rd day, not the 4th; one made before keeps its 8 days")
    void consent_period_follows_the_configuration() {
        String madeBefore = choose(before, "940001", TODAY);
        change(body -> body.put("consentPeriodDays", 3));
        String madeAfter = choose(after, "940001", TODAY);

        assertThat(read(madeBefore).getString("persons[0].consentSettleBy")).isEqualTo(TODAY.plusDays(8).toString());
        assertThat(read(madeAfter).getString("persons[0].consentSettleBy")).isEqualTo(TODAY.plusDays(3).toString());
        assertThat(read(madeAfter).getString("forloeb.activities.find { it.type == 'AWAIT_CONSENT' }.deadline"))
                .isEqualTo(TODAY.plusDays(3).toString());

        clock.advance(Duration.ofDays(4));
        settle(madeAfter, after).then().statusCode(409).body("rule", equalTo("DOC-5"))
                .body("type", equalTo("urn:sygesikring:problem:consent-settling-period-over"));
        settle(madeBefore, before).then().statusCode(200).body("persons[0].consent", equalTo("YES"));
    }

    @Test
    @DisplayName("CFG-1 DOC-2 the choice list follows the configured distance limit at once: 15 km lists both practices, 5 km only the near one")
    void distance_limit_follows_the_configuration() {
        assertThat(choiceList().getDouble("distanceLimitKm")).isEqualTo(15.0);
        assertThat(ours(choiceList().getList("entries.providerNumber"))).containsExactly("940001", "940002");

        change(body -> body.put("distanceLimitKm", 5.0));

        assertThat(choiceList().getDouble("distanceLimitKm")).isEqualTo(5.0);
        assertThat(ours(choiceList().getList("entries.providerNumber"))).containsExactly("940001");
    }

    @Test
    @DisplayName("CFG-1 GRP-2 DOC-6 the date windows follow the configuration at once: with a caseworker's window of 2 days back, 5 days back is refused for a group change and a doctor choice")
    void date_windows_follow_the_configuration() {
        LocalDate fiveDaysBack = TODAY.minusDays(5);
        change(body -> object(object(body, "effectiveDateWindows"), "caseworker").put("daysBack", 2));

        api.as(caseworker()).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + fiveDaysBack + "\"}")
                .post("/persons/{cpr}/group-changes", grouped.cpr().value())
                .then().statusCode(422).body("rule", equalTo("GRP-2"))
                .body("detail", equalTo("The effective date must lie between " + TODAY.minusDays(2) + " and " + TODAY.plusDays(30)));
        api.as(caseworker()).contentType("application/json").body(choiceBody(dated, "940001", fiveDaysBack))
                .post("/doctor-choices").then().statusCode(422).body("rule", equalTo("DOC-6"));

        api.as(caseworker()).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.minusDays(2) + "\"}")
                .post("/persons/{cpr}/group-changes", grouped.cpr().value())
                .then().statusCode(202);
    }

    private void change(Consumer<Map<String, Object>> change) {
        api.as(operator()).contentType("application/json").body(global.with(change)).put("/configuration/global")
                .then().statusCode(200);
    }

    private String choose(Person person, String providerNumber, LocalDate validFrom) {
        return api.as(caseworker()).contentType("application/json").body(choiceBody(person, providerNumber, validFrom))
                .post("/doctor-choices").then().statusCode(202).extract().path("forloebId");
    }

    private static String choiceBody(Person person, String providerNumber, LocalDate validFrom) {
        return """
                {"persons":[{"cpr":"%s","consent":"DONT_KNOW"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(person.cpr().value(), providerNumber, validFrom);
    }

    private Response settle(String forloebId, Person person) {
        return api.as(caseworker()).contentType("application/json").body("{\"answer\":\"YES\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", forloebId, person.cpr().value());
    }

    private JsonPath read(String forloebId) {
        return api.as(caseworker()).get("/doctor-choices/{id}", forloebId).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath choiceList() {
        return api.as(caseworker()).get("/persons/{cpr}/choice-list", lister.cpr().value())
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ours(List<String> providerNumbers) {
        return providerNumbers.stream().filter(number -> number.startsWith("9400")).toList();
    }

    private String caseworker() {
        return tokens.caseworker(SVENDBORG, "cw-479-cfg");
    }

    private String operator() {
        return tokens.token("national-operator-cfg-effect-test", "SYSTEM", Map.of());
    }

    private Person person(int age, String name) {
        return TestPersons.person(TestCprs.cpr(bornYearsAgo(age, 11), SERIES, age % 2 == 0 ? Gender.FEMALE : Gender.MALE),
                name, home);
    }

    private static Practitioner practice(String number, String name, double kilometresEast) {
        Address address = new Address("Lægevej", number.substring(4), null, null, "5700", "Svendborg", "0404",
                MunicipalityCode.of(SVENDBORG), "addr-cfg-" + number,
                new Coordinates(LATITUDE, LONGITUDE + kilometresEast / KM_PER_DEGREE_LONGITUDE));
        return new Practitioner(ProviderNumber.of(number), name, address, MunicipalityCode.of(SVENDBORG),
                PractitionerKind.REGULAR, true, 2000, 1800, 1000, Set.of());
    }
}
