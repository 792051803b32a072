package dk.sygesikring.server.api;

import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SecurityApiTest {

    private static final String ANY_CPR = "0101801231";

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject JwtTokenGenerator generator;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server);
    }

    @Test
    void without_a_token_the_answer_is_401_problem_json() {
        api.wrongRequest().get("/persons/{cpr}", ANY_CPR)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sygesikring:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void a_token_signed_with_another_key_or_expired_is_401() {
        String forged = tokens.caseworker("101", "cw-1");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZyb20tc29tZW9uZS1lbHNl";
        api.wrongRequest().header("Authorization", "Bearer " + forged).get("/persons/{cpr}", ANY_CPR)
                .then().statusCode(401).contentType("application/problem+json");

        long past = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        String expired = generator.generateToken(Map.of("sub", "cw-1", "roles", List.of("CASEWORKER"),
                "municipality", "101", "caseworker_id", "cw-1", "iat", past, "exp", past + 60)).orElseThrow();
        api.wrongRequest().header("Authorization", "Bearer " + expired).get("/persons/{cpr}", ANY_CPR)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("ROLE-1 a role the operation does not allow is 403")
    void ROLE1_a_role_the_operation_does_not_allow_is_403() {
        api.as(tokens.system()).get("/persons/{cpr}", ANY_CPR)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sygesikring:problem:forbidden"));
        api.as(tokens.citizen(ANY_CPR)).post("/persons/{cpr}/cpr-lookup", ANY_CPR)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("ROLE-1 a token that does not say who acts is 403 naming the missing claim")
    void ROLE1_a_token_that_does_not_say_who_acts_is_403_naming_the_missing_claim() {
        String caseworkerWithoutMunicipality = tokens.token("cw-1", "CASEWORKER", Map.of("caseworker_id", "cw-1"));
        api.as(caseworkerWithoutMunicipality).get("/persons/{cpr}", ANY_CPR)
                .then().statusCode(403)
                .body("type", equalTo("urn:sygesikring:problem:token-claims-incomplete"))
                .body("detail", equalTo("The token does not say who acts: the token lacks the claim 'municipality'"));
    }

    @Test
    void the_development_token_endpoint_does_not_exist_outside_the_dev_environment() {
        api.wrongRequest().contentType("application/json").body("{\"role\":\"CASEWORKER\"}").post("/dev/tokens")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        api.unvalidated().header("Authorization", "Bearer " + tokens.caseworker("101", "cw-1")).get("/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:sygesikring:problem:not-found"));
    }
}
