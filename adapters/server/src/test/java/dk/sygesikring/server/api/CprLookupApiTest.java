package dk.sygesikring.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.AuditLog;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.cpr.CprSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.WellKnown;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The online CPR look-up over real HTTP against the CPR simulator and its synthetic population. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CprLookupApiTest implements TestPropertyProvider {

    private final CprSimulator cpr = CprSimulator.start(DemoPopulation.generate(DemoPopulation.DEFAULT_SEED), 0);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject AuditLog auditLog;
    ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.cpr.url", cpr.baseUrl());
    }

    @AfterAll
    void stopSimulator() {
        cpr.close();
    }

    @BeforeEach
    void client() {
        api = new ApiClient(server);
    }

    @Test
    @DisplayName("INT-2 a caseworker looks a person up in cpr and the local register then holds them and their family")
    void INT2_a_caseworker_looks_a_person_up_in_cpr_and_the_local_register_then_holds_them_and_their_family() {
        String mother = WellKnown.KBH_MOTHER.value();
        String caseworker = tokens.caseworker("101", "cw-101-4");
        api.as(caseworker).get("/persons/{cpr}", mother).then().statusCode(404);

        api.as(caseworker).post("/persons/{cpr}/cpr-lookup", mother)
                .then().statusCode(200)
                .body("cpr", equalTo(mother))
                .body("name", equalTo("Sofie Nørgaard"))
                .body("residence.municipalityCode", equalTo("101"));

        api.as(caseworker).get("/persons/{cpr}/family", mother)
                .then().statusCode(200)
                .body("members.cpr", hasItems(WellKnown.KBH_FATHER.value(), WellKnown.KBH_DAUGHTER_UNDER_15.value(),
                        WellKnown.KBH_SON_UNDER_15.value()));
        assertThat(auditLog.linesAbout(mother)).extracting(AuditLog.Line::action)
                .containsExactly("CPR_ONLINE_LOOKUP", "READ_FAMILY");
    }

    @Test
    @DisplayName("INT-2 a number cpr does not know is 404 and the paid look up is still audited")
    void INT2_a_number_cpr_does_not_know_is_404_and_the_paid_look_up_is_still_audited() {
        String unknown = "0101011234";
        api.as(tokens.specialCaseworker("461", "cw-461-2")).post("/persons/{cpr}/cpr-lookup", unknown)
                .then().statusCode(404)
                .body("type", equalTo("urn:sygesikring:problem:person-not-in-cpr"));
        assertThat(auditLog.linesAbout(unknown)).extracting(AuditLog.Line::actorId, AuditLog.Line::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cw-461-2", "CPR_ONLINE_LOOKUP"));
    }

    @Test
    @DisplayName("INT-2 PER-2 a looked up protected person still has the address hidden")
    void INT2_PER2_a_looked_up_protected_person_still_has_the_address_hidden() {
        api.as(tokens.caseworker("751", "cw-751-1")).post("/persons/{cpr}/cpr-lookup", WellKnown.PROTECTED_MOTHER.value())
                .then().statusCode(200)
                .body("nameAndAddressProtected", equalTo(true))
                .body("residence.status", equalTo("PROTECTED"));
    }
}
