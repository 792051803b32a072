package dk.sygesikring.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dk.sygesikring.server.contract.ContractOperations;
import dk.sygesikring.server.contract.ContractOperations.Operation;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answers the HTTP layer gives before a controller runs (406, 413, 415) are, for every operation of the
 * contract: declared there (the client validates each response against it), problem+json of a documented type, and
 * carry the caller's correlation id. The operations are read from the contract, so new ones are covered too.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeStatusesApiTest {

    private static final String CORRELATION_ID = "edge-statuses-1";

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject dk.sygesikring.server.support.MutableClock clock;
    @Inject HttpServerConfiguration configuration;
    ApiClient api;

    @BeforeAll
    void client() {
        api = new ApiClient(server);
    }

    /** The development endpoint exists only in the dev environment; tests run without it. */
    static Stream<Operation> operations() {
        return ContractOperations.all().stream().filter(operation -> !operation.tags().contains("development"));
    }

    static Stream<Operation> operationsWithBody() {
        return operations().filter(Operation::hasRequestBody);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void an_accept_header_the_operation_cannot_answer_is_406_not_acceptable(Operation operation) {
        assertThat(operation.responses()).as(operation + " declares 406").containsKey("406");
        send(operation, request(operation, "{}").accept("application/xml").contentType("application/json"))
                .statusCode(406)
                .contentType("application/problem+json")
                .header("X-Correlation-Id", CORRELATION_ID)
                .body("type", equalTo("urn:sygesikring:problem:not-acceptable"))
                .body("detail", startsWith("This operation answers in " + answersIn(operation) + ","));
    }

    /**
     * The media types of the operation's success in alphabetical order, joined by "or": application/json,
     * application/pdf for a document, "application/json or text/csv" for a report.
     */
    @SuppressWarnings("unchecked")
    private static String answersIn(Operation operation) {
        String types = operation.responses().keySet().stream().filter(status -> status.startsWith("2"))
                .map(operation::response)
                .map(response -> (Map<String, Object>) response.getOrDefault("content", Map.of()))
                .flatMap(content -> content.keySet().stream())
                .distinct().sorted().collect(Collectors.joining(" or "));
        return types.isEmpty() ? "application/json" : types;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithBody")
    void a_body_in_another_content_type_is_415_unsupported_media_type(Operation operation) {
        assertThat(operation.responses()).as(operation + " declares 415").containsKey("415");
        send(operation, request(operation, "group=2").contentType("text/plain"))
                .statusCode(415)
                .contentType("application/problem+json")
                .header("X-Correlation-Id", CORRELATION_ID)
                .body("type", equalTo("urn:sygesikring:problem:unsupported-media-type"))
                .body("detail", equalTo("The body must be application/json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithBody")
    void a_body_over_the_size_limit_is_413_payload_too_large(Operation operation) {
        assertThat(operation.responses()).as(operation + " declares 413").containsKey("413");
        long maxRequestSize = configuration.getMaxRequestSize();
        String tooLarge = "{\"note\":\"" + "x".repeat((int) maxRequestSize) + "\"}";
        send(operation, request(operation, tooLarge).contentType("application/json"))
                .statusCode(413)
                .contentType("application/problem+json")
                .header("X-Correlation-Id", CORRELATION_ID)
                .body("type", equalTo("urn:sygesikring:problem:payload-too-large"))
                .body("detail", equalTo("A request body may be at most " + maxRequestSize + " bytes"));
    }

    /**
     * A request with the body and what lets it past security: a token for its first role, or what an external system
     * calling it sends (the card supplier's or print supplier's signature of the body, Nets's Authorization value of
     * application-test.yml).
     */
    private RequestSpecification request(Operation operation, String body) {
        RequestSpecification request = api.wrongRequest().header("X-Correlation-Id", CORRELATION_ID).body(body);
        if (operation.ownSecuritySchemes().contains("cardSupplierSignature")) {
            request.header("Card-Supplier-Signature", signature("test-only-card-supplier-secret-0123456789", body));
        } else if (operation.ownSecuritySchemes().contains("printSignature")) {
            request.header("Print-Signature", signature("test-only-print-report-secret-0123456789", body));
        } else if (operation.ownSecuritySchemes().contains("netsWebhookAuthorization")) {
            request.header("Authorization", "test-only-nets-webhook-authorization");
        } else if (operation.isSecured()) {
            request.header("Authorization", "Bearer " + tokenFor(operation.roles().get(0)));
        }
        return request;
    }

    private String signature(String secret, String body) {
        try {
            long seconds = clock.instant().getEpochSecond();
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(
                    secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((seconds + ".").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return "t=" + seconds + ",v1=" + java.util.HexFormat.of().formatHex(
                    mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private ValidatableResponse send(Operation operation, RequestSpecification request) {
        Map<String, Object> pathParameters = new HashMap<>();
        for (Map<String, Object> parameter : operation.parameters()) {
            if ("path".equals(parameter.get("in"))) {
                pathParameters.put((String) parameter.get("name"), sampleValue((String) parameter.get("name")));
            }
        }
        return request.pathParams(pathParameters).request(operation.method().toUpperCase(), operation.path()).then();
    }

    private static String sampleValue(String name) {
        return switch (name) {
            case "cpr" -> "0101801231";
            case "providerNumber" -> "050208";
            default -> UUID.randomUUID().toString();
        };
    }

    private String tokenFor(String role) {
        return switch (role) {
            case "CITIZEN" -> tokens.citizen("0101801231");
            case "SYSTEM" -> tokens.system();
            default -> tokens.token("edge-1", role, Map.of("municipality", "101", "caseworker_id", "edge-1"));
        };
    }
}
