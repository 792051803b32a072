package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestDates;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DOC-7: the patients of a practitioner are counted from registrations, so a person moving from doctor A to doctor B
 * frees a place at A as well as taking one at B. On Læsø (825) at 57.26 N, 11.0 E, where no other test places a
 * practice; the provider numbers are the demo population's, so that the LUNA simulator registers them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientCountApiTest implements TestPropertyProvider {

    private static final int SERIES = 96;
    private static final String LAESOE = "825";
    private static final double LATITUDE = 57.26;
    private static final double LONGITUDE = 11.0;

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final LunaSimulator luna = LunaSimulator.start(population, 0);
    private final List<String> numbers = population.practitioners().stream()
            .filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
            .skip(240).limit(4).map(practitioner -> practitioner.providerNumber().value()).toList();

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject OutboxDeliveries deliveries;
    @Inject TransactionPort transactions;
    @Inject MutableClock clock;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.luna.url", luna.baseUrl(), "sygesikring.luna.retry.initial-wait", "10ms");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
    }

    @AfterEach
    void backToToday() {
        clock.set(TestDates.NOW);
    }

    @AfterAll
    void stop() {
        luna.close();
    }

    @Test
    @DisplayName("DOC-7 a person moving from doctor A to doctor B frees a place at A: A, full at its closing limit, is open again")
    void DOC7_a_move_frees_a_place_at_the_old_doctor() {
        String a = numbers.get(0);
        String b = numbers.get(1);
        Person patientOfA = patientOf(a);
        savePractices(practice(a, "Fuld ved lukkegrænsen", 1500), practice(b, "Plads til flere", 1000));
        Person newcomer = resident();
        assertThat(entry(newcomer, a, "open")).isEqualTo(false);

        moveTo(patientOfA, b, TODAY);

        practitioner(a).body("registeredPatients", equalTo(1499));
        practitioner(b).body("registeredPatients", equalTo(1001));
        assertThat(entry(newcomer, a, "open")).isEqualTo(true);
        assertThat(entry(newcomer, a, "availability")).isEqualTo("CHOOSABLE");
    }

    @Test
    @DisplayName("DOC-7 a move dated later takes the place at B at once; A keeps the person until the day B takes over")
    void DOC7_a_later_move_holds_both_places_until_it_takes_effect() {
        String a = numbers.get(2);
        String b = numbers.get(3);
        Person patientOfA = patientOf(a);
        savePractices(practice(a, "Den gamle læge", 1200), practice(b, "Den nye læge", 1100));

        moveTo(patientOfA, b, TODAY.plusDays(10));

        practitioner(a).body("registeredPatients", equalTo(1200));
        practitioner(b).body("registeredPatients", equalTo(1101));
        clock.advance(Duration.ofDays(10));
        practitioner(a).body("registeredPatients", equalTo(1199));
        practitioner(b).body("registeredPatients", equalTo(1101));
    }

    /** A person who has had the doctor for years: LUNA's count of the doctor, saved after this, includes them. */
    private Person patientOf(String providerNumber) {
        Person person = resident();
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(person.cpr(), ProviderNumber.of(providerNumber),
                    TODAY.minusYears(3), Instant.parse("2023-11-01T10:00:00Z"), UUID.randomUUID(), null));
            return null;
        });
        return person;
    }

    private void moveTo(Person person, String providerNumber, LocalDate validFrom) {
        String forloebId = api.as(tokens.caseworker(LAESOE, "cw-825-1")).contentType("application/json").body("""
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(person.cpr().value(), providerNumber, validFrom))
                .post("/doctor-choices").then().statusCode(202).body("state", equalTo("AWAITING_LUNA")).extract().path("forloebId");
        deliveries.deliverFor(forloebId);
        api.as(tokens.caseworker(LAESOE, "cw-825-1")).get("/doctor-choices/{id}", forloebId)
                .then().statusCode(200).body("state", equalTo("IN_EFFECT"));
    }

    private io.restassured.response.ValidatableResponse practitioner(String providerNumber) {
        return api.as(tokens.caseworker(LAESOE, "cw-825-1")).get("/practitioners/{number}", providerNumber).then().statusCode(200);
    }

    private Object entry(Person person, String providerNumber, String field) {
        return api.as(tokens.caseworker(LAESOE, "cw-825-1")).get("/persons/{cpr}/choice-list", person.cpr().value())
                .then().statusCode(200).extract().path("entries.find { it.providerNumber == '%s' }.%s".formatted(providerNumber, field));
    }

    private Person resident() {
        nextPerson++;
        Person person = TestPersons.person(TestCprs.cpr(bornYearsAgo(40 + nextPerson, 9), SERIES, Gender.MALE),
                "Læsø Borger " + nextPerson, new Address("Byrum Hovedgade", String.valueOf(nextPerson), null, null, "9940",
                        "Læsø", "0202", MunicipalityCode.of(LAESOE), "addr-patient-count-" + nextPerson,
                        new Coordinates(LATITUDE, LONGITUDE)));
        persons.store(person);
        return person;
    }

    private void savePractices(Practitioner... practices) {
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(practices));
            return null;
        });
    }

    /** Open for new patients below a closing limit of 1500; room for 1600. */
    private static Practitioner practice(String number, String name, int registeredPatients) {
        return new Practitioner(ProviderNumber.of(number), name, new Address("Lægevej", number.substring(3), null, null, "9940",
                "Læsø", "0303", MunicipalityCode.of(LAESOE), "addr-patient-count-" + number,
                new Coordinates(LATITUDE + 0.01, LONGITUDE)), MunicipalityCode.of(LAESOE), PractitionerKind.REGULAR, true,
                1600, 1500, registeredPatients, Set.of());
    }
}
