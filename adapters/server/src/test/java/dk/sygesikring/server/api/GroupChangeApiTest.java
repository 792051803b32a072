package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Group changes up to the hand-over to LUNA: the forløb is created first and waits (FORL-4). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupChangeApiTest {

    private static final int SERIES = 30;

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject RegistrationPort registrations;
    @Inject TransactionPort transactions;
    ApiClient api;
    int nextPerson;

    final Person mother = person(TestCprs.cpr(bornYearsAgo(36, 3), SERIES, Gender.FEMALE), "Rikke Gruppe", address("addr-group-home"));
    final Person son = person(TestCprs.cpr(bornYearsAgo(9, 3), SERIES, Gender.MALE), "Viggo Gruppe", address("addr-group-home"));
    final Person stranger = person(TestCprs.cpr(bornYearsAgo(50, 3), SERIES, Gender.MALE), "Fremmed Gruppe", address("addr-group-other"));

    @BeforeAll
    void register() {
        api = new ApiClient(server);
        persons.store(mother, List.of(Relation.custody(mother.cpr(), son.cpr())), List.of(son));
        persons.store(stranger);
    }

    @Test
    @DisplayName("FORL-4 a group change creates its forløb first, in progress and waiting for LUNA")
    void FORL4_the_forloeb_is_created_first_and_waits_for_luna() {
        Person person = newPerson();
        api.as(tokens.caseworker("101", "cw-101-1")).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(10) + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(202)
                .body("type", equalTo("GROUP_CHANGE"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("municipalityCode", equalTo("101"))
                .body("createdBy.kind", equalTo("CASEWORKER")).body("createdBy.id", equalTo("cw-101-1"))
                .body("activities[0].type", equalTo("AWAIT_LUNA")).body("activities[0].state", equalTo("OPEN"))
                .body("details.find { it.name == 'sikringsgruppe' }.value", equalTo("2"));

        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}/group", person.cpr().value())
                .then().statusCode(200)
                .body("pending", hasSize(1))
                .body("pending[0].status", equalTo("IN_PROGRESS"));
    }

    @Test
    @DisplayName("ROLE-3 a citizen changes the group of a child under 15 in custody, and DOC-11 the forløb names the citizen")
    void ROLE3_a_citizen_changes_the_group_of_their_child() {
        api.as(tokens.citizen(mother.cpr().value())).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY + "\"}")
                .post("/persons/{cpr}/group-changes", son.cpr().value())
                .then().statusCode(202)
                .body("createdBy.kind", equalTo("CITIZEN")).body("createdBy.id", equalTo(mother.cpr().value()))
                .body("mainPerson", equalTo(son.cpr().value()));

        api.as(tokens.citizen(mother.cpr().value())).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY + "\"}")
                .post("/persons/{cpr}/group-changes", stranger.cpr().value())
                .then().statusCode(403).body("rule", equalTo("ROLE-3"));
    }

    @Test
    @DisplayName("GRP-1 GRP-2 ROLE-5 refusals name their rule and store nothing")
    void GRP1_GRP2_ROLE5_refusals_name_the_rule() {
        Person person = newPerson();
        String citizen = tokens.citizen(person.cpr().value());
        refused(tokens.caseworker("101", "cw-101-1"), person, 7, TODAY, 422, "GRP-1");
        refused(tokens.caseworker("101", "cw-101-1"), person, 4, TODAY.minusDays(15), 422, "GRP-2");
        refused(citizen, person, 2, TODAY.minusDays(1), 422, "GRP-2");
        refused(citizen, person, 5, TODAY, 403, "ROLE-5");

        api.as(citizen).get("/persons/{cpr}/group", person.cpr().value()).then().statusCode(200).body("pending", hasSize(0));
    }

    @Test
    @DisplayName("GRP-4 the overview shows the registration in force today with its doctor, not a later one")
    void GRP4_in_force_today_with_the_doctor() {
        Person patient = person(TestCprs.cpr(bornYearsAgo(44, 3), SERIES, Gender.FEMALE), "Patient Gruppe", address("addr-group-patient"));
        persons.store(patient);
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(patient.cpr(), ProviderNumber.of("050208"), TODAY.minusYears(3),
                    Instant.parse("2023-01-01T10:00:00Z"), UUID.randomUUID(), null));
            registrations.record(InsuranceRegistration.groupChange(patient.cpr(), Sikringsgruppe.GROUP_2, TODAY.plusDays(5),
                    Instant.parse("2026-11-20T10:00:00Z"), UUID.randomUUID(), null));
            return null;
        });

        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}/group", patient.cpr().value())
                .then().statusCode(200)
                .body("inForce.group", equalTo(1)).body("inForce.providerNumber", equalTo("050208"))
                .body("upcoming[0].group", equalTo(2)).body("upcoming[0].providerNumber", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_group_that_does_not_exist_is_a_400_naming_the_field() {
        api.wrongRequest().header("Authorization", "Bearer " + tokens.caseworker("101", "cw-101-1")).contentType("application/json")
                .body("{\"group\":3,\"validFrom\":\"" + TODAY + "\"}")
                .post("/persons/{cpr}/group-changes", mother.cpr().value())
                .then().statusCode(400).body("invalidParams[0].name", equalTo("group"));
    }

    @Test
    @DisplayName("FORL-4 (a repeated request) the same Idempotency-Key and body return the first forløb and do nothing twice; another body is 422")
    void idempotency_key_returns_the_first_answer() {
        Person person = newPerson();
        String token = tokens.caseworker("147", "cw-147-1");
        String body = "{\"group\":4,\"validFrom\":\"" + TODAY.plusDays(3) + "\"}";
        String first = api.as(token).header("Idempotency-Key", "group-key-1").contentType("application/json").body(body)
                .post("/persons/{cpr}/group-changes", person.cpr().value()).then().statusCode(202).extract().path("id");
        String again = api.as(token).header("Idempotency-Key", "group-key-1").contentType("application/json").body(body)
                .post("/persons/{cpr}/group-changes", person.cpr().value()).then().statusCode(202).extract().path("id");
        assertThat(again).isEqualTo(first);

        api.as(token).header("Idempotency-Key", "group-key-1").contentType("application/json")
                .body("{\"group\":5,\"validFrom\":\"" + TODAY.plusDays(3) + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(422).body("type", equalTo("urn:sygesikring:problem:idempotency-key-reused"));

        api.as(token).get("/persons/{cpr}/group", person.cpr().value()).then().statusCode(200)
                .body("pending", hasSize(1));
    }

    @Test
    @DisplayName("FORL-3 a forløb not yet handed to LUNA can be cancelled, once; ROLE-2 another municipality sees only its summary")
    void FORL3_cancel_before_delivery_and_ROLE2_summary_elsewhere() {
        Person person = newPerson();
        String id = api.as(tokens.caseworker("101", "cw-101-2")).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(20) + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(202).extract().path("id");

        api.as(tokens.caseworker("851", "cw-851-1")).get("/forloeb/{id}", id)
                .then().statusCode(200)
                .body("detailsVisible", equalTo(false)).body("municipalityCode", equalTo("101"))
                .body("activities", org.hamcrest.Matchers.nullValue());
        api.as(tokens.caseworker("851", "cw-851-1")).post("/forloeb/{id}/cancel", id)
                .then().statusCode(403).body("rule", equalTo("ROLE-2"));

        api.as(tokens.caseworker("101", "cw-101-2")).post("/forloeb/{id}/cancel", id)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy.id", equalTo("cw-101-2"))
                .body("activities[0].state", equalTo("CANCELLED"));
        api.as(tokens.caseworker("101", "cw-101-2")).post("/forloeb/{id}/cancel", id)
                .then().statusCode(409).body("rule", equalTo("FORL-3"));
    }

    /** A new adult of København of this class's own, so that no test sees another's group changes. */
    private Person newPerson() {
        int n = nextPerson++;
        Person person = person(TestCprs.cpr(bornYearsAgo(25 + n, 13), SERIES, n % 2 == 0 ? Gender.MALE : Gender.FEMALE),
                "Gruppe " + n, address("addr-group-own-" + n));
        persons.store(person);
        return person;
    }

    private void refused(String token, Person person, int group, java.time.LocalDate validFrom, int status, String rule) {
        api.as(token).contentType("application/json")
                .body("{\"group\":" + group + ",\"validFrom\":\"" + validFrom + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(status).contentType("application/problem+json").body("rule", equalTo(rule));
    }
}
