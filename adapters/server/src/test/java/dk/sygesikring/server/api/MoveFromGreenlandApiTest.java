package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.application.doctorchoice.MoveEventUseCase;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DOC-8, DOC-9: a doctor choice because of a move from Greenland, for a person in group 7 (GRP-1: no Danish
 * entitlement), combined with the change to group 1, in the municipality of the new address. The persons come from
 * Greenland, inactive in CPR, to Ærø (492) at 54.89 N, 10.41 E, where no other test places a practice; the practice's
 * provider number is one of the demo population's, so that the LUNA simulator knows it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoveFromGreenlandApiTest implements TestPropertyProvider {

    private static final int SERIES = 95;
    private static final String AEROE = "492";
    private static final double LATITUDE = 54.89;
    private static final double LONGITUDE = 10.41;

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final LunaSimulator luna = LunaSimulator.start(population, 0);
    /** Where the receipts go (LET-1): a forløb completes once its receipt is sent. */
    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);
    private final String doctor = population.practitioners().stream()
            .filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
            .skip(230).findFirst().orElseThrow().providerNumber().value();

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject ForloebStorePort forloeb;
    @Inject OutboxDeliveries deliveries;
    @Inject MoveEventUseCase moveEvents;
    @Inject TransactionPort transactions;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.luna.url", luna.baseUrl(), "sygesikring.luna.retry.initial-wait", "10ms",
                "sygesikring.digital-post.url", digitalPost.baseUrl());
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(new Practitioner(ProviderNumber.of(doctor), "Lægerne Ærøskøbing",
                    newAddress("addr-greenland-practice", 0.01), MunicipalityCode.of(AEROE), PractitionerKind.REGULAR, true,
                    2000, 1800, 1000, Set.of())));
            return null;
        });
    }

    @AfterAll
    void stop() {
        digitalPost.close();
        luna.close();
    }

    @Test
    @DisplayName("DOC-8 DOC-9 a person in group 7 chooses a doctor on moving from Greenland: the change to group 1 goes to LUNA with it, the choice waits for the move event, both in the new municipality")
    void DOC9_move_from_greenland_end_to_end() {
        Person greenlander = inGroupSeven();
        JsonPath choice = choose(tokens.citizen(greenlander.cpr().value()), greenlander, TODAY.plusDays(5), 202);

        assertThat(choice.getString("state")).isEqualTo("AWAITING_MOVE_EVENT");
        assertThat(choice.getString("municipalityCode")).isEqualTo(AEROE);
        Forloeb change = groupChangeOf(greenlander);
        assertThat(change.municipality().value()).isEqualTo(AEROE);
        assertThat(change.triggeredBy().value().toString()).isEqualTo(choice.getString("forloebId"));
        assertThat(change.openActivity(ActivityType.AWAIT_LUNA)).isPresent();

        deliverLuna(greenlander);
        // group 1 is registered; the doctor choice on its way keeps it from being a missing-doctor case (GRP-7)
        api.as(tokens.citizen(greenlander.cpr().value())).get("/persons/{cpr}/group", greenlander.cpr().value())
                .then().statusCode(200).body("upcoming[0].group", equalTo(1))
                .body("upcoming[0].validFrom", equalTo(TODAY.plusDays(5).toString()));
        assertThat(forloebOf(greenlander, ForloebType.MISSING_DOCTOR_CHOICE)).isEmpty();

        assertThat(moveEvents.moveEventArrived(greenlander.cpr())).hasSize(1);
        deliverLuna(greenlander);

        api.as(tokens.citizen(greenlander.cpr().value())).get("/doctor-choices/{id}", choice.getString("forloebId"))
                .then().statusCode(200).body("state", equalTo("IN_EFFECT"));
        api.as(tokens.citizen(greenlander.cpr().value())).get("/persons/{cpr}/group", greenlander.cpr().value())
                .then().statusCode(200).body("upcoming.find { it.validFrom == '%s' }.providerNumber"
                        .formatted(TODAY.plusDays(5)), equalTo(doctor));
        assertThat(forloebOf(greenlander, ForloebType.MISSING_DOCTOR_CHOICE)).isEmpty();
    }

    @Test
    @DisplayName("DOC-9 the address turns out wrong and the choice is cancelled: the change to group 1 still goes through, and a missing-doctor-choice forløb follows")
    void DOC9_cancelled_choice_keeps_the_group_change() {
        Person greenlander = inGroupSeven();
        String choice = choose(tokens.caseworker(AEROE, "cw-492-1"), greenlander, TODAY.plusDays(3), 202).getString("forloebId");

        api.as(tokens.caseworker(AEROE, "cw-492-1")).post("/forloeb/{id}/cancel", choice)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        Forloeb change = groupChangeOf(greenlander);
        assertThat(change.isInProgress()).isTrue();
        Forloeb missing = forloebOf(greenlander, ForloebType.MISSING_DOCTOR_CHOICE).stream().findFirst().orElseThrow();
        assertThat(missing.municipality().value()).isEqualTo(AEROE);
        assertThat(missing.triggeredBy().value().toString()).isEqualTo(choice);
        assertThat(missing.openActivity(ActivityType.MANUAL_TASK)).isPresent();

        deliverLuna(greenlander);
        assertThat(forloeb.load(change.id()).orElseThrow().isInProgress()).isFalse();
        assertThat(forloebOf(greenlander, ForloebType.MISSING_DOCTOR_CHOICE)).hasSize(1);
    }

    @Test
    @DisplayName("DOC-9 a move from Greenland is for a person in group 7: a person in group 1 is refused and nothing is written; GRP-6 a person in group 7 cannot choose for another reason")
    void DOC9_only_for_group_seven() {
        Person inGroupOne = person(CprStatus.ACTIVE, aeroeHome());
        record(inGroupOne, InsuranceRegistration.doctorChoice(inGroupOne.cpr(), ProviderNumber.of(doctor), TODAY.minusYears(1),
                Instant.parse("2025-11-01T10:00:00Z"), UUID.randomUUID(), null));

        api.as(tokens.caseworker(AEROE, "cw-492-1")).contentType("application/json").body(body(inGroupOne, TODAY.plusDays(3)))
                .post("/doctor-choices").then().statusCode(422)
                .body("type", equalTo("urn:sygesikring:problem:not-in-group-7")).body("rule", equalTo("DOC-9"));
        assertThat(forloebOf(inGroupOne, ForloebType.GROUP_CHANGE)).isEmpty();

        Person greenlander = inGroupSeven();
        api.as(tokens.caseworker(AEROE, "cw-492-1")).contentType("application/json").body("""
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(greenlander.cpr().value(), doctor, TODAY)).post("/doctor-choices")
                .then().statusCode(422).body("type", equalTo("urn:sygesikring:problem:not-in-group-1"));
    }

    private JsonPath choose(String token, Person person, LocalDate validFrom, int status) {
        return api.as(token).contentType("application/json").body(body(person, validFrom)).post("/doctor-choices")
                .then().statusCode(status).extract().jsonPath();
    }

    private String body(Person person, LocalDate validFrom) {
        return """
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"MOVE_FROM_GREENLAND",
                 "newAddress":{"street":"Vestergade","houseNumber":"%d","postcode":"5970","city":"Ærøskøbing","roadCode":"0101",
                               "municipalityCode":"%s","addressId":"addr-greenland-%s","latitude":%s,"longitude":%s}}"""
                .formatted(person.cpr().value(), doctor, validFrom, nextPerson, AEROE, person.cpr().value(), LATITUDE, LONGITUDE);
    }

    /** A person back from Greenland: inactive in CPR, no Danish address, in group 7 for two years. */
    private Person inGroupSeven() {
        Person greenlander = person(CprStatus.INACTIVE, null);
        record(greenlander, InsuranceRegistration.groupChange(greenlander.cpr(), Sikringsgruppe.GROUP_7, TODAY.minusYears(2),
                Instant.parse("2024-11-01T10:00:00Z"), UUID.randomUUID(), null));
        return greenlander;
    }

    private Person person(CprStatus status, Address address) {
        nextPerson++;
        Person person = new Person(TestCprs.cpr(bornYearsAgo(30 + nextPerson, 8), SERIES, Gender.FEMALE),
                "Aviaja Grønland " + nextPerson, status, CivilStatus.UNMARRIED, address, false, null);
        persons.store(person);
        return person;
    }

    private void record(Person person, InsuranceRegistration registration) {
        transactions.inTransaction(() -> {
            registrations.record(registration);
            return null;
        });
    }

    private Forloeb groupChangeOf(Person person) {
        return forloebOf(person, ForloebType.GROUP_CHANGE).stream().findFirst().orElseThrow();
    }

    private List<Forloeb> forloebOf(Person person, ForloebType type) {
        return forloeb.latestFor(person.cpr(), 10).stream().filter(found -> found.type() == type).toList();
    }

    /** Delivers this person's records only: what other test classes left is not this class's to send. */
    private void deliverLuna(Person person) {
        deliveries.deliverFor(forloeb.latestFor(person.cpr(), 10).stream().map(found -> found.id().value()).toList());
    }

    private Address aeroeHome() {
        return newAddress("addr-greenland-home-" + nextPerson, 0.0);
    }

    private static Address newAddress(String addressId, double eastDegrees) {
        return new Address("Vestergade", "1", null, null, "5970", "Ærøskøbing", "0101", MunicipalityCode.of(AEROE), addressId,
                new Coordinates(LATITUDE, LONGITUDE + eastDegrees));
    }
}
