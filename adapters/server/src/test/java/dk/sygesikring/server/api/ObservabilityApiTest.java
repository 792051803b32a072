package dk.sygesikring.server.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ObservabilityApiTest {

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    @Test
    void health_liveness_and_readiness_answer_without_a_token_and_details_need_one() {
        ApiClient api = new ApiClient(server);
        api.unvalidated().get("/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("details", nullValue());
        api.unvalidated().header("Authorization", "Bearer " + tokens.system()).get("/health")
                .then().statusCode(200).body("details.jdbc.status", equalTo("UP"));
        api.unvalidated().get("/health/liveness").then().statusCode(200);
        api.unvalidated().get("/health/readiness").then().statusCode(200);
    }

    @Test
    void prometheus_metrics_include_http_server_requests_by_route_template_not_by_cpr() {
        ApiClient api = new ApiClient(server);
        api.as(tokens.citizen("0101801231")).get("/persons/{cpr}", "0202802342").then().statusCode(403);
        api.unvalidated().get("/prometheus").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/persons/{cpr}\""))
                .body(not(containsString("0202802342")))
                .body(containsString("hikaricp_connections"));
    }

    @Test
    void every_response_carries_a_correlation_id_the_callers_own_when_given() {
        ApiClient api = new ApiClient(server);
        api.unvalidated().header("X-Correlation-Id", "portal-req-42").get("/health")
                .then().header("X-Correlation-Id", equalTo("portal-req-42"));
        api.unvalidated().get("/health")
                .then().header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void the_contract_is_served_for_client_generators() {
        new ApiClient(server).unvalidated().get("/openapi/sygesikring-api.yaml")
                .then().statusCode(200).body(containsString("operationId: getPerson"));
    }
}
