package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.married;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.path.json.JsonPath;
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
 * DOC-3's exceptions through the entry the service uses, POST /doctor-choices: a closed doctor is chosen without
 * dispensation (the choice goes straight to LUNA) when an exception applies, and waits for the doctor's dispensation
 * when none does. Two open practices lie near, so the "fewer than 2 open doctors" exception never applies here (it is
 * shown in SelectiveOpennessApiTest). Everyone lives on Fanø (563) at 55.42 N, 8.40 E, where no other test places a
 * practice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedDoctorExceptionsApiTest {

    private static final int SERIES = 98;
    private static final String FANOE = "563";
    private static final double LATITUDE = 55.42;
    private static final double LONGITUDE = 8.40;
    private static final String SPOUSES_DOCTOR = "990501";
    private static final String PARTNERS_DOCTOR = "990502";
    private static final String PARENTS_DOCTOR = "990503";
    private static final String CHILDS_DOCTOR = "990504";
    private static final String DISPENSATION = "AWAITING_DISPENSATION";
    private static final String STRAIGHT_TO_LUNA = "AWAITING_LUNA";

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject TransactionPort transactions;
    ApiClient api;

    final Address spousesHome = home("addr-doc3-spouses", 0.0);
    final Person husband = married(adult(41, Gender.MALE, "Hans Fanø", spousesHome));
    final Person wife = married(adult(39, Gender.FEMALE, "Hanne Fanø", spousesHome));
    final Person lodger = adult(35, Gender.MALE, "Lejer Fanø", spousesHome);

    final Address cohabitantsHome = home("addr-doc3-cohabitants", 0.001);
    final Person cohabitant = adult(33, Gender.FEMALE, "Sara Samlever", cohabitantsHome);
    final Person partner = adult(34, Gender.MALE, "Søren Samlever", cohabitantsHome);
    final Person protectedPartner = new Person(TestCprs.cpr(bornYearsAgo(36, 11), SERIES, Gender.MALE), "Beskyttet Samlever",
            CprStatus.ACTIVE, CivilStatus.UNMARRIED, cohabitantsHome, true, null);
    final Person partnerElsewhere = adult(37, Gender.MALE, "Fjern Samlever", home("addr-doc3-elsewhere", 0.002));

    final Address familyHome = home("addr-doc3-family", 0.003);
    final Person parent = adult(42, Gender.FEMALE, "Mor Fanø", familyHome);
    final Person child = TestPersons.person(TestCprs.cpr(bornYearsAgo(9, 11), SERIES, Gender.FEMALE), "Barn Fanø", familyHome);

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(husband, List.of(Relation.spouses(husband.cpr(), wife.cpr())), List.of(wife));
        persons.store(lodger, cohabitant, partner, protectedPartner, partnerElsewhere);
        persons.store(child, List.of(Relation.custody(parent.cpr(), child.cpr())), List.of(parent));
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(practice("990505", "Åben Fanø", true, 1.0), practice("990506", "Også åben Fanø", true, 2.0),
                    practice(SPOUSES_DOCTOR, "Ægtefællens læge", false, 3.0), practice(PARTNERS_DOCTOR, "Samleverens læge", false, 4.0),
                    practice(PARENTS_DOCTOR, "Forælderens læge", false, 5.0), practice(CHILDS_DOCTOR, "Barnets læge", false, 6.0)));
            doctorOf(wife, SPOUSES_DOCTOR);
            doctorOf(partner, PARTNERS_DOCTOR);
            doctorOf(protectedPartner, PARTNERS_DOCTOR);
            doctorOf(partnerElsewhere, PARTNERS_DOCTOR);
            doctorOf(parent, PARENTS_DOCTOR);
            doctorOf(child, CHILDS_DOCTOR);
            return null;
        });
    }

    @Test
    @DisplayName("DOC-3 a married adult chooses the spouse's closed doctor without dispensation; mere co-residence with the spouse gives no right")
    void DOC3_spouse() {
        JsonPath spouse = choose(husband, husband, SPOUSES_DOCTOR, null);
        assertThat(spouse.getString("state")).isEqualTo(STRAIGHT_TO_LUNA);
        assertThat(spouse.getString("persons[0].rule")).isEqualTo("DOC-3");
        assertThat(spouse.getString("persons[0].reason")).isEqualTo("the doctor of the spouse");

        JsonPath coResident = choose(lodger, lodger, SPOUSES_DOCTOR, null);
        assertThat(coResident.getString("state")).isEqualTo(DISPENSATION);
        assertThat(coResident.getString("persons[0].reason")).isEqualTo("the practice is closed for new patients");
    }

    @Test
    @DisplayName("DOC-3 an unmarried adult chooses the closed doctor of the designated cohabiting partner at the same address without dispensation; a partner elsewhere, protected or unknown gets one generic refusal")
    void DOC3_designated_partner() {
        for (String notUsable : List.of(partnerElsewhere.cpr().value(), protectedPartner.cpr().value(), "0101901234")) {
            api.as(tokens.citizen(cohabitant.cpr().value())).contentType("application/json").body(body(cohabitant, PARTNERS_DOCTOR, notUsable))
                    .post("/doctor-choices").then().statusCode(422)
                    .body("type", equalTo("urn:sygesikring:problem:partner-cannot-be-used"))
                    .body("rule", equalTo("DOC-3"))
                    .body("detail", equalTo("The CPR number cannot be used as partner"));
        }

        JsonPath withPartner = choose(cohabitant, cohabitant, PARTNERS_DOCTOR, partner.cpr().value());
        assertThat(withPartner.getString("state")).isEqualTo(STRAIGHT_TO_LUNA);
        assertThat(withPartner.getString("persons[0].reason")).isEqualTo("the doctor of the designated cohabiting partner");
    }

    @Test
    @DisplayName("DOC-3 a child chooses a custodian's closed doctor without dispensation; not the other way round: the parent choosing the child's closed doctor needs one")
    void DOC3_child_and_custodian() {
        JsonPath forTheChild = choose(parent, child, PARENTS_DOCTOR, null);
        assertThat(forTheChild.getString("state")).isEqualTo(STRAIGHT_TO_LUNA);
        assertThat(forTheChild.getString("persons[0].reason")).isEqualTo("the doctor of a custodian or guardian");

        JsonPath forTheParent = choose(parent, parent, CHILDS_DOCTOR, null);
        assertThat(forTheParent.getString("state")).isEqualTo(DISPENSATION);
    }

    private JsonPath choose(Person actor, Person chosenFor, String providerNumber, String partnerCpr) {
        return api.as(tokens.citizen(actor.cpr().value())).contentType("application/json")
                .body(body(chosenFor, providerNumber, partnerCpr))
                .post("/doctor-choices").then().statusCode(202).extract().jsonPath();
    }

    private static String body(Person person, String providerNumber, String partnerCpr) {
        return """
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"%s}"""
                .formatted(person.cpr().value(), providerNumber, TODAY,
                        partnerCpr == null ? "" : ",\"partnerCpr\":\"" + partnerCpr + "\"");
    }

    private void doctorOf(Person person, String providerNumber) {
        registrations.record(InsuranceRegistration.doctorChoice(person.cpr(), ProviderNumber.of(providerNumber),
                TODAY.minusYears(2), Instant.parse("2024-11-01T10:00:00Z"), UUID.randomUUID(), null));
    }

    private static Person adult(int age, Gender gender, String name, Address address) {
        return TestPersons.person(TestCprs.cpr(bornYearsAgo(age, 11), SERIES, gender), name, address);
    }

    private static Address home(String addressId, double degreesNorth) {
        return new Address("Landevejen", "1", null, null, "6720", "Fanø", "0101", MunicipalityCode.of(FANOE),
                addressId, new Coordinates(LATITUDE + degreesNorth, LONGITUDE));
    }

    /** East of the homes; a closed one has reached its closing limit. */
    private static Practitioner practice(String number, String name, boolean open, double kilometresEast) {
        return new Practitioner(ProviderNumber.of(number), name, new Address("Lægevej", number.substring(4), null, null, "6720",
                "Fanø", "0202", MunicipalityCode.of(FANOE), "addr-doc3-" + number,
                new Coordinates(LATITUDE, LONGITUDE + kilometresEast / (111.2 * Math.cos(Math.toRadians(LATITUDE))))),
                MunicipalityCode.of(FANOE), PractitionerKind.REGULAR, open, 2000, 1800, open ? 1000 : 1810, Set.of());
    }
}
