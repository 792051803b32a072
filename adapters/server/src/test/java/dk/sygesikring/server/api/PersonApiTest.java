package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.married;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.AuditLog;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonApiTest {

    private static final int SERIES = 10;

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject AuditLog auditLog;
    ApiClient api;

    final Address home = address("addr-person-api-home");
    final Person mother = married(person(TestCprs.cpr(bornYearsAgo(38, 10), SERIES, Gender.FEMALE), "Mette Nørgaard", home));
    final Person father = married(person(TestCprs.cpr(bornYearsAgo(40, 10), SERIES, Gender.MALE), "Søren Nørgaard", home));
    final Person childOf8 = person(TestCprs.cpr(bornYearsAgo(8, 10), SERIES, Gender.FEMALE), "Åse Nørgaard", home);
    final Person childOf15 = person(TestCprs.cpr(bornYearsAgo(15, 1), SERIES, Gender.MALE), "Bo Nørgaard", home);
    final Person protectedPerson = new Person(TestCprs.cpr(bornYearsAgo(45, 3), SERIES, Gender.FEMALE), "Hanne Skjult",
            CprStatus.ACTIVE, CivilStatus.DIVORCED, address("addr-person-api-protected"), true, null);
    final Person emigrated = new Person(TestCprs.cpr(bornYearsAgo(50, 3), SERIES, Gender.MALE), "Jens Udvandret",
            CprStatus.INACTIVE, CivilStatus.UNMARRIED, address("addr-person-api-last-known"), false, null);
    final Person abroadForAWhile = new Person(TestCprs.cpr(bornYearsAgo(33, 3), SERIES, Gender.FEMALE), "Lise Rejsende",
            CprStatus.ACTIVE, CivilStatus.UNMARRIED, new Address("Vestergade", "3", null, null, "8000", "Aarhus C", "7001",
            MunicipalityCode.of("751"), "addr-person-api-aarhus", new Coordinates(56.156, 10.207)), false, "Calle Mayor 10, Madrid, Spanien");
    final Person ward = person(TestCprs.cpr(bornYearsAgo(30, 3), SERIES, Gender.MALE), "Karl Værgemål", address("addr-person-api-ward"));
    final Person guardian = person(TestCprs.cpr(bornYearsAgo(60, 3), SERIES, Gender.FEMALE), "Grethe Værge", address("addr-person-api-guardian"));

    @BeforeAll
    void registerPersons() {
        api = new ApiClient(server);
        persons.store(mother, List.of(Relation.spouses(mother.cpr(), father.cpr()),
                Relation.custody(mother.cpr(), childOf8.cpr()), Relation.custody(mother.cpr(), childOf15.cpr())),
                List.of(father, childOf8, childOf15));
        persons.store(protectedPerson, emigrated, abroadForAWhile);
        persons.store(ward, List.of(Relation.guardianship(guardian.cpr(), ward.cpr())), List.of(guardian));
    }

    @Test
    @DisplayName("PER-1 a caseworker reads a person from the local register")
    void PER1_a_caseworker_reads_a_person_from_the_local_register() {
        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}", mother.cpr().value())
                .then().statusCode(200)
                .body("cpr", equalTo(mother.cpr().value()))
                .body("name", equalTo("Mette Nørgaard"))
                .body("gender", equalTo("FEMALE"))
                .body("birthDate", equalTo(mother.birthDate().toString()))
                .body("age", equalTo(38))
                .body("cprStatus", equalTo("ACTIVE"))
                .body("civilStatus", equalTo("MARRIED"))
                .body("nameAndAddressProtected", equalTo(false))
                .body("residence.status", equalTo("SHOWN"))
                .body("residence.display", equalTo("Nørregade 12, 2. tv, 1165 København K"))
                .body("residence.address.roadCode", equalTo("4912"))
                .body("residence.address.municipalityCode", equalTo("101"))
                .body("residence.hasSupplementaryAddress", equalTo(false));
    }

    @Test
    @DisplayName("PER-1 a malformed cpr number is a 400 that names the parameter")
    void PER1_a_malformed_cpr_number_is_a_400_that_names_the_parameter() {
        for (String malformed : List.of("12345", "010180123X", "3102801234")) {
            api.wrongRequest().header("Authorization", "Bearer " + tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}", malformed)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:sygesikring:problem:invalid-request"))
                    .body("invalidParams[0].name", equalTo("cpr"));
        }
    }

    @Test
    @DisplayName("INT-2 a person not in the local register is 404 without an online lookup")
    void INT2_a_person_not_in_the_local_register_is_404_without_an_online_lookup() {
        Cpr unknown = TestCprs.cpr(bornYearsAgo(70, 3), SERIES, Gender.MALE);
        // CPR points at a closed port in tests: a look-up attempt would have answered 503, not 404
        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}", unknown.value())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sygesikring:problem:person-not-found"));
    }

    @Test
    @DisplayName("PER-2 name and address protection hides the address from caseworkers but not from the person")
    void PER2_name_and_address_protection_hides_the_address_from_caseworkers_but_not_from_the_person() {
        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}", protectedPerson.cpr().value())
                .then().statusCode(200)
                .body("nameAndAddressProtected", equalTo(true))
                .body("residence.status", equalTo("PROTECTED"))
                .body("residence.display", equalTo("Navne- og adressebeskyttet"))
                .body("residence.address", nullValue());

        api.as(tokens.citizen(protectedPerson.cpr().value())).get("/persons/{cpr}", protectedPerson.cpr().value())
                .then().statusCode(200)
                .body("residence.status", equalTo("SHOWN"))
                .body("residence.address.street", equalTo("Nørregade"));
    }

    @Test
    @DisplayName("PER-3 a person inactive in cpr has no known danish address and the last known is not shown")
    void PER3_a_person_inactive_in_cpr_has_no_known_danish_address_and_the_last_known_is_not_shown() {
        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}", emigrated.cpr().value())
                .then().statusCode(200)
                .body("cprStatus", equalTo("INACTIVE"))
                .body("residence.status", equalTo("NO_KNOWN_DANISH_ADDRESS"))
                .body("residence.display", equalTo("Ingen kendt dansk adresse"))
                .body("residence.address", nullValue())
                .body("residence.municipalityCode", nullValue());
    }

    @Test
    @DisplayName("PER-4 a supplementary address is flagged next to the address")
    void PER4_a_supplementary_address_is_flagged_next_to_the_address() {
        api.as(tokens.caseworker("751", "cw-751-1")).get("/persons/{cpr}", abroadForAWhile.cpr().value())
                .then().statusCode(200)
                .body("residence.display", equalTo("Vestergade 3, 8000 Aarhus C"))
                .body("residence.hasSupplementaryAddress", equalTo(true));
    }

    @Test
    @DisplayName("ROLE-2 a caseworker of any municipality reads any person")
    void ROLE2_a_caseworker_of_any_municipality_reads_any_person() {
        api.as(tokens.caseworker("851", "cw-851-7")).get("/persons/{cpr}", mother.cpr().value())
                .then().statusCode(200).body("residence.address.municipalityCode", equalTo("101"));
    }

    @Test
    @DisplayName("AUD-1 every read by a caseworker or administrator is in the audit log and a citizens own is not")
    void AUD1_every_read_by_a_caseworker_or_administrator_is_in_the_audit_log_and_a_citizens_own_is_not() {
        String cpr = father.cpr().value();
        api.as(tokens.caseworker("147", "cw-147-3")).get("/persons/{cpr}", cpr).then().statusCode(200);
        api.as(tokens.specialCaseworker("147", "cw-147-9")).get("/persons/{cpr}/family", cpr).then().statusCode(200);
        api.as(tokens.administrator("147", "adm-147-1")).get("/persons/{cpr}/overview", cpr).then().statusCode(200);
        api.as(tokens.citizen(cpr)).get("/persons/{cpr}", cpr).then().statusCode(200);

        assertThat(auditLog.linesAbout(cpr)).containsExactly(
                new AuditLog.Line("CASEWORKER", "cw-147-3", "147", "READ_PERSON", cpr),
                new AuditLog.Line("CASEWORKER_SPECIAL", "cw-147-9", "147", "READ_FAMILY", cpr),
                new AuditLog.Line("MUNICIPAL_ADMIN", "adm-147-1", "147", "READ_PERSON_OVERVIEW", cpr));
    }

    @Test
    @DisplayName("ROLE-3 a citizen reads themselves and their child under 15 in custody")
    void ROLE3_a_citizen_reads_themselves_and_their_child_under_15_in_custody() {
        String token = tokens.citizen(mother.cpr().value());
        api.as(token).get("/persons/{cpr}", mother.cpr().value()).then().statusCode(200);
        api.as(token).get("/persons/{cpr}", childOf8.cpr().value()).then().statusCode(200).body("age", equalTo(8));
    }

    @Test
    @DisplayName("ROLE-3 a citizen may not read a child of 15 their spouse or a stranger")
    void ROLE3_a_citizen_may_not_read_a_child_of_15_their_spouse_or_a_stranger() {
        String token = tokens.citizen(mother.cpr().value());
        Cpr notRegistered = TestCprs.cpr(bornYearsAgo(71, 3), SERIES, Gender.FEMALE);
        for (Cpr other : List.of(childOf15.cpr(), father.cpr(), protectedPerson.cpr(), notRegistered)) {
            api.as(token).get("/persons/{cpr}", other.value())
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:sygesikring:problem:not-your-person"))
                    .body("rule", equalTo("ROLE-3"));
        }
    }

    @Test
    @DisplayName("ROLE-4 a guardian reads the person under guardianship")
    void ROLE4_a_guardian_reads_the_person_under_guardianship() {
        api.as(tokens.citizen(guardian.cpr().value())).get("/persons/{cpr}", ward.cpr().value())
                .then().statusCode(200).body("name", equalTo("Karl Værgemål"));
    }

    @Test
    @DisplayName("PER-8 the overview holds the person and their family and residence")
    void PER8_the_overview_holds_the_person_and_their_family_and_residence() {
        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}/overview", mother.cpr().value())
                .then().statusCode(200)
                .body("person.cpr", equalTo(mother.cpr().value()))
                .body("family.members.relation", hasItem("SPOUSE"))
                .body("family.members.cpr", hasItem(childOf8.cpr().value()));
    }
}
