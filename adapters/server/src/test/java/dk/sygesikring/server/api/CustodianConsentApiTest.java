package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DOC-5, ROLE-3: a child's "don't know" may be settled by any custodian or guardian of the child, whoever made the
 * choice. The mother lives with the children in Rønne (Bornholm, 400), the father elsewhere; both have custody.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustodianConsentApiTest {

    private static final int SERIES = 91;
    private static final String BORNHOLM = "400";
    private static final String DOCTOR = "990401";

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;
    ApiClient api;

    final Address home = address("Storegade", "addr-custodian-consent-home", 55.10, 14.70);
    final Address fathersHome = address("Søndergade", "addr-custodian-consent-father", 55.09, 14.72);
    final Person mother = TestPersons.person(TestCprs.cpr(bornYearsAgo(38, 6), SERIES, Gender.FEMALE), "Mor Samtykke", home);
    final Person father = TestPersons.person(TestCprs.cpr(bornYearsAgo(40, 6), SERIES, Gender.MALE), "Far Samtykke", fathersHome);
    final Person daughter = TestPersons.person(TestCprs.cpr(bornYearsAgo(8, 6), SERIES, Gender.FEMALE), "Datter Samtykke", home);
    final Person otherMother = TestPersons.person(TestCprs.cpr(bornYearsAgo(33, 6), SERIES, Gender.FEMALE), "Anden Mor Samtykke", home);
    final Person son = TestPersons.person(TestCprs.cpr(bornYearsAgo(6, 6), SERIES, Gender.MALE), "Søn Samtykke", home);
    final Person guardian = TestPersons.person(TestCprs.cpr(bornYearsAgo(62, 6), SERIES, Gender.FEMALE), "Værge Samtykke", fathersHome);

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        List<Relation> family = List.of(Relation.custody(mother.cpr(), daughter.cpr()), Relation.custody(father.cpr(), daughter.cpr()),
                Relation.custody(otherMother.cpr(), son.cpr()), Relation.guardianship(guardian.cpr(), son.cpr()));
        persons.store(daughter, family.subList(0, 2), List.of(mother, father));
        persons.store(son, family.subList(2, 4), List.of(otherMother, guardian));
        persons.store(mother, List.of(family.get(0)), List.of(daughter));
        persons.store(otherMother, List.of(family.get(2)), List.of(son));
        persons.store(father, List.of(family.get(1)), List.of(daughter));
        persons.store(guardian, List.of(family.get(3)), List.of(son));
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(new Practitioner(ProviderNumber.of(DOCTOR), "Lægerne Rønne",
                    address("Lægevej", "addr-custodian-consent-doctor", 55.10, 14.71), MunicipalityCode.of(BORNHOLM),
                    PractitionerKind.REGULAR, true, 2000, 1800, 1000, Set.of())));
            return null;
        });
    }

    @Test
    @DisplayName("DOC-5 ROLE-3 the other custodian settles the child's don't know in the mother's choice; the answer shows the child's part only")
    void DOC5_ROLE3_the_other_custodian_settles() {
        String forloebId = choosesForHerselfAnd(mother, daughter);

        api.as(tokens.citizen(father.cpr().value())).contentType("application/json").body("{\"answer\":\"YES\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", forloebId, daughter.cpr().value())
                .then().statusCode(200)
                .body("persons.cpr", contains(daughter.cpr().value()))
                .body("persons[0].consent", equalTo("YES"))
                .body("forloeb.detailsVisible", equalTo(false))
                .body("forloeb.details", nullValue());

        api.as(tokens.citizen(mother.cpr().value())).get("/doctor-choices/{id}", forloebId)
                .then().statusCode(200)
                .body("persons.consent", contains("DONT_KNOW", "YES"));
    }

    @Test
    @DisplayName("DOC-5 ROLE-3 ROLE-4 a guardian of the child settles the child's don't know too, not the mother's own; a stranger to the child settles nothing")
    void DOC5_ROLE3_a_guardian_settles_and_nobody_settles_for_the_mother() {
        String forloebId = choosesForHerselfAnd(otherMother, son);

        api.as(tokens.citizen(guardian.cpr().value())).contentType("application/json").body("{\"answer\":\"NO\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", forloebId, son.cpr().value())
                .then().statusCode(200).body("persons", hasSize(1)).body("persons[0].consent", equalTo("NO"));
        api.as(tokens.citizen(guardian.cpr().value())).contentType("application/json").body("{\"answer\":\"YES\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", forloebId, otherMother.cpr().value())
                .then().statusCode(403).body("rule", equalTo("ROLE-3"));
        api.as(tokens.citizen(father.cpr().value())).contentType("application/json").body("{\"answer\":\"YES\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", forloebId, son.cpr().value())
                .then().statusCode(403).body("type", equalTo("urn:sygesikring:problem:not-your-person"));

        api.as(tokens.citizen(otherMother.cpr().value())).get("/doctor-choices/{id}", forloebId)
                .then().statusCode(200).body("persons.consent", contains("DONT_KNOW", "NO"));
    }

    /** A mother chooses for herself and her child, both answering don't know. */
    private String choosesForHerselfAnd(Person mother, Person child) {
        return api.as(tokens.citizen(mother.cpr().value())).contentType("application/json").body("""
                {"persons":[{"cpr":"%s","consent":"DONT_KNOW"},{"cpr":"%s","consent":"DONT_KNOW"}],
                 "providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(mother.cpr().value(), child.cpr().value(), DOCTOR, TODAY))
                .post("/doctor-choices").then().statusCode(202).extract().path("forloebId");
    }

    private static Address address(String street, String addressId, double latitude, double longitude) {
        return new Address(street, "1", null, null, "3700", "Rønne", "0909", MunicipalityCode.of(BORNHOLM), addressId,
                new Coordinates(latitude, longitude));
    }
}
