package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

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
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.WellKnown;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DOC-2 as a user meets it: a practice closes for new patients when it reaches its closing limit, and one that is
 * selectively open for the person's postcode is open for them all the same. The two practices of the issue are taken
 * from the demo population as they are (190253 selectively open for 2730, 2860 and 2920; 194804 for Camilla Kjær's
 * 2000). The DOC-3 count is shown on Samsø (55.87 N, 10.62 E), where no other test places a practice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectiveOpennessApiTest {

    private static final int SERIES = 92;
    private static final double SAMSOE_LATITUDE = 55.87;
    private static final double SAMSOE_LONGITUDE = 10.62;
    private static final double KM_PER_DEGREE_LONGITUDE = 111.2 * Math.cos(Math.toRadians(SAMSOE_LATITUDE));
    private static final String SAMSOE = "741";

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final Practitioner forHerlev = population.practitioner(ProviderNumber.of("190253")).orElseThrow();
    private final Practitioner forCamilla = population.practitioner(ProviderNumber.of("194804")).orElseThrow();
    private final Person camilla = population.person(WellKnown.DIVORCED_MOTHER).orElseThrow();

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;
    ApiClient api;

    final Person inHerlev = TestPersons.person(TestCprs.cpr(bornYearsAgo(44, 3), SERIES, Gender.FEMALE), "Hanne Herlev",
            new Address("Herlev Hovedgade", "80", null, null, "2730", "Herlev", "0123", MunicipalityCode.of("163"),
                    "addr-selective-herlev", new Coordinates(55.7236, 12.4397)));
    final Person onSamsoe = TestPersons.person(TestCprs.cpr(bornYearsAgo(51, 3), SERIES, Gender.MALE), "Søren Samsø",
            samsoe("8305", "addr-selective-samsoe-1"));
    final Person visitingSamsoe = TestPersons.person(TestCprs.cpr(bornYearsAgo(52, 3), SERIES, Gender.MALE), "Vagn Sommerhus",
            samsoe("8300", "addr-selective-samsoe-2"));

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        assertThat(forHerlev.open()).isFalse();
        assertThat(forHerlev.registeredPatients()).isGreaterThanOrEqualTo(forHerlev.closingLimit());
        assertThat(forHerlev.selectivelyOpenPostcodes()).containsExactlyInAnyOrder("2730", "2860", "2920");
        assertThat(forCamilla.registeredPatients()).isGreaterThanOrEqualTo(forCamilla.closingLimit());
        assertThat(forCamilla.selectivelyOpenPostcodes()).contains("2000");
        List<Relation> camillasRelations = population.relationsOf(camilla.cpr());
        persons.store(camilla, camillasRelations, camillasRelations.stream()
                .map(relation -> population.person(relation.otherThan(camilla.cpr())).orElseThrow()).distinct().toList());
        persons.store(inHerlev, onSamsoe, visitingSamsoe);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(forHerlev, forCamilla,
                    practice("990301", "Åben Samsø", 2.0, true, Set.of()),
                    // closed at its closing limit, as the register has it, and selectively open for 8305
                    practice("990302", "Lukket men åben for 8305", 3.0, false, Set.of("8305")),
                    practice("990303", "Lukket Samsø", 4.0, false, Set.of())));
            return null;
        });
    }

    @Test
    @DisplayName("DOC-2 practice 190253, closed at its closing limit and selectively open for 2730, is open and choosable on the list of a person living in 2730, without naming its postcodes")
    void DOC2_190253_on_the_list_for_2730() {
        String body = api.as(tokens.citizen(inHerlev.cpr().value())).get("/persons/{cpr}/choice-list", inHerlev.cpr().value())
                .then().statusCode(200)
                .body("entries.find { it.providerNumber == '190253' }.open", equalTo(true))
                .body("entries.find { it.providerNumber == '190253' }.availability", equalTo("CHOOSABLE"))
                .body("entries.find { it.providerNumber == '190253' }.rule", equalTo("DOC-2"))
                .body("entries.find { it.providerNumber == '190253' }.reason", equalTo("the practice is open for new patients"))
                .extract().asString();
        assertThat(body).doesNotContain("2860").doesNotContain("selectiv");
    }

    @Test
    @DisplayName("DOC-2 the person in 2730 chooses 190253: it goes straight to LUNA, no dispensation")
    void DOC2_190253_chosen_without_dispensation() {
        JsonPath choice = choose(inHerlev, "190253");

        assertThat(choice.getString("state")).isEqualTo("AWAITING_LUNA");
        assertThat(choice.getString("persons[0].availability")).isEqualTo("CHOOSABLE");
        assertThat(choice.getString("persons[0].rule")).isEqualTo("DOC-2");
        assertThat(choice.getList("forloeb.activities.type")).containsExactly("AWAIT_LUNA");
    }

    @Test
    @DisplayName("DOC-2 Camilla Kjær (2000) sees 194804, 7.6 km away and selectively open for 2000, as open, and chooses it without dispensation")
    void DOC2_camilla_and_194804() {
        api.as(tokens.citizen(camilla.cpr().value())).get("/persons/{cpr}/choice-list", camilla.cpr().value())
                .then().statusCode(200)
                .body("entries.find { it.providerNumber == '194804' }.distanceKm", equalTo(7.6f))
                .body("entries.find { it.providerNumber == '194804' }.open", equalTo(true))
                .body("entries.find { it.providerNumber == '194804' }.availability", equalTo("CHOOSABLE"))
                .body("entries.find { it.providerNumber == '194804' }.reason", not(containsString("closed")));

        JsonPath choice = choose(camilla, "194804");

        assertThat(choice.getString("state")).isEqualTo("AWAITING_LUNA");
        assertThat(choice.getString("persons[0].rule")).isEqualTo("DOC-2");
    }

    @Test
    @DisplayName("DOC-3 DOC-2 a practice selectively open for the person's postcode counts among the 2 open doctors through POST /doctor-choices; for another postcode it does not")
    void DOC3_selectively_open_counts_as_open_doctor() {
        // 8305: one open practice and the selectively open one make 2, so the closed one needs the doctor's dispensation
        JsonPath forListedPostcode = choose(onSamsoe, "990303");
        assertThat(forListedPostcode.getString("state")).isEqualTo("AWAITING_DISPENSATION");
        assertThat(forListedPostcode.getString("persons[0].reason")).isEqualTo("the practice is closed for new patients");

        // 8300: only one open practice, so the closed one is choosable (DOC-3's first exception)
        JsonPath forOtherPostcode = choose(visitingSamsoe, "990303");
        assertThat(forOtherPostcode.getString("state")).isEqualTo("AWAITING_LUNA");
        assertThat(forOtherPostcode.getString("persons[0].reason")).isEqualTo("fewer than 2 open doctors within 15 km");
    }

    private JsonPath choose(Person person, String providerNumber) {
        return api.as(tokens.citizen(person.cpr().value())).contentType("application/json").body("""
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(person.cpr().value(), providerNumber, TODAY))
                .post("/doctor-choices").then().statusCode(202).extract().jsonPath();
    }

    private static Address samsoe(String postcode, String addressId) {
        return new Address("Langgade", "1", null, null, postcode, "Samsø", "0707", MunicipalityCode.of(SAMSOE), addressId,
                new Coordinates(SAMSOE_LATITUDE, SAMSOE_LONGITUDE));
    }

    /** A practice east of the Samsø addresses; a closed one has reached its closing limit, as in the register. */
    private static Practitioner practice(String number, String name, double kilometresEast, boolean open,
                                         Set<String> selectivelyOpen) {
        Address address = new Address("Lægevej", number.substring(4), null, null, "8305", "Samsø", "0808",
                MunicipalityCode.of(SAMSOE), "addr-selective-" + number,
                new Coordinates(SAMSOE_LATITUDE, SAMSOE_LONGITUDE + kilometresEast / KM_PER_DEGREE_LONGITUDE));
        return new Practitioner(ProviderNumber.of(number), name, address, MunicipalityCode.of(SAMSOE),
                PractitionerKind.REGULAR, open, 2000, 1800, open ? 1000 : 1810, selectivelyOpen);
    }
}
