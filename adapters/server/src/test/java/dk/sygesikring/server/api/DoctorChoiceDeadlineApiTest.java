package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.Waiting.await;
import static dk.sygesikring.server.support.Waiting.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The 8-day consent and 14-day dispensation deadlines of doctor choices, falling due in the persistent scheduler
 * when the clock reaches them. One test moves the clock through both, in order, so neither depends on the other.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoctorChoiceDeadlineApiTest implements TestPropertyProvider {

    private static final int SERIES = 81;
    private static final String VEJLE = "630";
    private static final Coordinates HOME = new Coordinates(55.71, 9.53);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;
    @Inject MutableClock clock;
    ApiClient api;

    final Address home = new Address("Dæmningen", "1", null, null, "7100", "Vejle", "0606", MunicipalityCode.of(VEJLE),
            "addr-deadline-home", HOME);
    final Person undecided = TestPersons.person(TestCprs.cpr(bornYearsAgo(45, 4), SERIES, Gender.FEMALE), "Ulla Ved-ikke", home);
    final Person waiting = TestPersons.person(TestCprs.cpr(bornYearsAgo(52, 4), SERIES, Gender.MALE), "Viggo Venter", home);

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.deadlines.enabled", "true", "sygesikring.deadlines.polling-interval", "1s");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(undecided, waiting);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(
                    practice("970001", "Åben Vejle", true, 0.01), practice("970002", "Også åben Vejle", true, 0.02),
                    practice("970003", "Lukket Vejle", false, 0.03)));
            return null;
        });
    }

    @Test
    @DisplayName("DOC-5 DOC-4 don't know counts as no after 8 days; 14 days without the doctor's answer is a silent rejection")
    void DOC5_DOC4_deadlines_fall_due() {
        String consentForloeb = choose(undecided, "970001", "DONT_KNOW");
        String dispensationForloeb = choose(waiting, "970003", "YES");

        clock.advance(Duration.ofDays(8));
        sleep(Duration.ofMillis(2_500));
        assertThat(read(consentForloeb).getString("forloeb.activities.find { it.type == 'AWAIT_CONSENT' }.state")).isEqualTo("OPEN");

        clock.advance(Duration.ofDays(1));
        await(() -> "DONE".equals(read(consentForloeb).getString("forloeb.activities.find { it.type == 'AWAIT_CONSENT' }.state")));
        JsonPath settled = read(consentForloeb);
        assertThat(settled.getString("persons[0].consent")).isEqualTo("DONT_KNOW");
        assertThat(settled.getString("persons[0].consentToday")).isEqualTo("NO");
        assertThat(settled.getString("forloeb.activities.find { it.type == 'AWAIT_CONSENT' }.closedBy.id")).isEqualTo("Samtykkefrist");
        assertThat(settled.getList("forloeb.details.findAll { it.name == 'samtykke' && it.cpr == '%s' }.value".formatted(undecided.cpr().value())))
                .containsExactly("DONT_KNOW", "NO");
        api.as(tokens.citizen(undecided.cpr().value())).contentType("application/json").body("{\"answer\":\"YES\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", consentForloeb, undecided.cpr().value())
                .then().statusCode(409).body("rule", equalTo("DOC-5"));
        assertThat(read(dispensationForloeb).getString("state")).isEqualTo("AWAITING_DISPENSATION");

        clock.advance(Duration.ofDays(6));
        await(() -> "REJECTED".equals(read(dispensationForloeb).getString("state")));
        JsonPath rejected = read(dispensationForloeb);
        assertThat(rejected.getBoolean("rejectedSilently")).isTrue();
        assertThat(rejected.getString("decidedBy.id")).isEqualTo("Dispensationsfrist");
        Forloeb letter = transactions.inTransaction(() -> forloeb.latestFor(waiting.cpr(), 5)).stream()
                .filter(found -> found.type() == ForloebType.DISPENSATION_REJECTION).findFirst().orElseThrow();
        assertThat(letter.triggeredBy().value().toString()).isEqualTo(dispensationForloeb);
        assertThat(letter.details()).filteredOn(detail -> detail.name().equals("afslag"))
                .extracting(dk.sygesikring.domain.forloeb.DetailChange::value).containsExactly("Intet svar fra lægen inden for svarfristen");
    }

    private String choose(Person person, String providerNumber, String consent) {
        return api.as(tokens.caseworker(VEJLE, "cw-630-1")).contentType("application/json").body("""
                        {"persons":[{"cpr":"%s","consent":"%s"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                        .formatted(person.cpr().value(), consent, providerNumber, TODAY))
                .post("/doctor-choices").then().statusCode(202).extract().path("forloebId");
    }

    private JsonPath read(String forloebId) {
        return api.as(tokens.caseworker(VEJLE, "cw-630-1")).get("/doctor-choices/{id}", forloebId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Practitioner practice(String number, String name, boolean open, double degreesEast) {
        Address address = new Address("Lægevej", number.substring(4), null, null, "7100", "Vejle", "0707",
                MunicipalityCode.of(VEJLE), "addr-deadline-" + number,
                new Coordinates(HOME.latitude(), HOME.longitude() + degreesEast));
        return new Practitioner(ProviderNumber.of(number), name, address, MunicipalityCode.of(VEJLE),
                PractitionerKind.REGULAR, open, 2000, 1800, 1000, Set.of());
    }
}
