package dk.sygesikring.server.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dk.sygesikring.server.support.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dev environment's token endpoint (application-dev.yml turns it on), and how it answers bad input. */
@MicronautTest(transactional = false)
@Property(name = "sygesikring.dev-tokens.enabled", value = "true")
class DevelopmentTokenApiTest {

    @Inject EmbeddedServer server;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server);
    }

    @Test
    void a_minted_caseworker_token_is_accepted_by_the_service() {
        String token = api.unvalidated().contentType("application/json")
                .body("{\"role\":\"CASEWORKER\",\"municipality\":\"101\",\"caseworkerId\":\"cw-101-1\"}")
                .post("/dev/tokens")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(3600))
                .extract().path("accessToken");

        api.as(token).get("/municipalities").then().statusCode(200);
    }

    @Test
    void missing_claims_for_the_role_are_named() {
        api.wrongRequest().contentType("application/json").body("{\"role\":\"CASEWORKER\"}").post("/dev/tokens")
                .then().statusCode(400)
                .body("type", equalTo("urn:sygesikring:problem:invalid-request"))
                .body("invalidParams.name", containsInAnyOrder("municipality", "caseworkerId"));
        api.wrongRequest().contentType("application/json").body("{\"role\":\"CITIZEN\",\"cpr\":\"3102801231\"}").post("/dev/tokens")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cpr"));
    }

    @Test
    void an_unknown_role_names_the_field_without_java_class_names() {
        api.wrongRequest().contentType("application/json").body("{\"role\":\"BOSS\"}").post("/dev/tokens")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("role"))
                .body("invalidParams[0].reason", equalTo("must be one of CITIZEN, CASEWORKER, CASEWORKER_SPECIAL, MUNICIPAL_ADMIN, SYSTEM"))
                .body(not(containsString("dk.sygesikring")));
    }

    @Test
    void malformed_json_is_a_400_about_the_body() {
        api.wrongRequest().contentType("application/json").body("{bad json").post("/dev/tokens")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("body"))
                .body("invalidParams[0].reason", containsString("not valid JSON"));
    }

    @Test
    void a_missing_role_is_a_400_naming_it() {
        api.wrongRequest().contentType("application/json").body("{}").post("/dev/tokens")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("role"));
    }
}
