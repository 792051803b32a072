package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.married;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The personal choice list over HTTP. The practices lie east of a person at 55.2 N, 8.3 E (a place no other test
 * uses): one degree of longitude there is about 63.6 km.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChoiceListApiTest {

    private static final int SERIES = 50;
    private static final double LATITUDE = 55.2;
    private static final double LONGITUDE = 8.3;
    private static final double KM_PER_DEGREE_LONGITUDE = 111.2 * Math.cos(Math.toRadians(LATITUDE));

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject TransactionPort transactions;
    ApiClient api;

    final Address home = new Address("Vestervej", "1", null, null, "6760", "Ribe", "0101", MunicipalityCode.of("561"),
            "addr-choice-home", new Coordinates(LATITUDE, LONGITUDE));
    final Person wife = married(TestPersons.person(TestCprs.cpr(bornYearsAgo(39, 7), SERIES, Gender.FEMALE), "Helle Vælger", home));
    final Person husband = married(TestPersons.person(TestCprs.cpr(bornYearsAgo(41, 7), SERIES, Gender.MALE), "Hans Vælger", home));

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(wife, List.of(Relation.spouses(wife.cpr(), husband.cpr())), List.of(husband));
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(
                    practice("950001", "Åben nær", 2.0, PractitionerKind.REGULAR, true, Set.of()),
                    practice("950002", "Lukket men åben for 6760", 3.0, PractitionerKind.REGULAR, false, Set.of("6760")),
                    practice("950003", "Lukket", 5.0, PractitionerKind.REGULAR, false, Set.of()),
                    practice("950004", "Ægtefællens lukkede læge", 7.0, PractitionerKind.REGULAR, false, Set.of()),
                    practice("950005", "Åben ved grænsen", 14.5, PractitionerKind.REGULAR, true, Set.of()),
                    practice("950006", "Åben for langt væk", 16.0, PractitionerKind.REGULAR, true, Set.of()),
                    practice("950007", "Bosat på ø uden læge (Ribe)", 1.0, PractitionerKind.ISLAND, true, Set.of())));
            registrations.record(InsuranceRegistration.doctorChoice(husband.cpr(), ProviderNumber.of("950004"),
                    java.time.LocalDate.of(2020, 1, 1), Instant.parse("2019-12-20T10:00:00Z"), UUID.randomUUID(), null));
            return null;
        });
    }

    @Test
    @DisplayName("DOC-2 doctors within the limit, open first then by distance; selective openness counts as open; DOC-1 no special doctors")
    void DOC2_the_list_within_the_limit_open_first() {
        api.as(tokens.citizen(wife.cpr().value())).get("/persons/{cpr}/choice-list", wife.cpr().value())
                .then().statusCode(200)
                .body("listed", equalTo(true))
                .body("distanceLimitKm", equalTo(15.0f))
                .body("entries.providerNumber", contains("950001", "950002", "950005", "950003", "950004"))
                .body("entries.providerNumber", not(hasItem("950006")))
                .body("entries.providerNumber", not(hasItem("950007")))
                .body("entries[1].open", equalTo(true))
                .body("entries[0].distanceKm", equalTo(2.0f));
    }

    @Test
    @DisplayName("DOC-3 each entry explains itself: open is choosable, closed needs dispensation, the spouse's closed doctor is choosable")
    void DOC3_every_entry_says_why() {
        api.as(tokens.caseworker("561", "cw-561-1")).get("/persons/{cpr}/choice-list", wife.cpr().value())
                .then().statusCode(200)
                .body("entries.find { it.providerNumber == '950001' }.availability", equalTo("CHOOSABLE"))
                .body("entries.find { it.providerNumber == '950003' }.availability", equalTo("NEEDS_DISPENSATION"))
                .body("entries.find { it.providerNumber == '950003' }.rule", equalTo("DOC-3"))
                .body("entries.find { it.providerNumber == '950004' }.availability", equalTo("CHOOSABLE"))
                .body("entries.find { it.providerNumber == '950004' }.rule", equalTo("DOC-3"))
                .body("entries.find { it.providerNumber == '950004' }.reason", containsString("spouse"));
    }

    @Test
    @DisplayName("DOC-2 a person inactive in CPR has no list, and says why")
    void DOC2_no_list_without_an_address() {
        Person emigrant = new Person(TestCprs.cpr(bornYearsAgo(50, 7), SERIES, Gender.MALE), "Udvandret Vælger",
                CprStatus.INACTIVE, CivilStatus.UNMARRIED, null, false, null);
        persons.store(emigrant);
        api.as(tokens.caseworker("561", "cw-561-1")).get("/persons/{cpr}/choice-list", emigrant.cpr().value())
                .then().statusCode(200)
                .body("listed", equalTo(false))
                .body("entries", hasSize(0))
                .body("notListedReason", startsWith("the person is inactive"));
    }

    @Test
    @DisplayName("ROLE-3 a citizen sees the choice list only of whom they may act for")
    void ROLE3_not_for_a_spouse() {
        api.as(tokens.citizen(husband.cpr().value())).get("/persons/{cpr}/choice-list", wife.cpr().value())
                .then().statusCode(403).body("rule", equalTo("ROLE-3"));
    }

    private static Practitioner practice(String number, String name, double kilometresEast, PractitionerKind kind,
                                         boolean open, Set<String> selectivelyOpen) {
        Address address = new Address("Lægevej", number.substring(4), null, null, "6760", "Ribe", "0202",
                MunicipalityCode.of("561"), "addr-choice-" + number,
                new Coordinates(LATITUDE, LONGITUDE + kilometresEast / KM_PER_DEGREE_LONGITUDE));
        return new Practitioner(ProviderNumber.of(number), name, address, MunicipalityCode.of("561"), kind, open,
                2000, 1800, 1000, selectivelyOpen); // below the closing limit: closed ones are closed by decision
    }
}
