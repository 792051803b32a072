package dk.sygesikring.server.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured against the running service, with every request and response validated against the
 * contract (api-spec). Negative tests that send a deliberately wrong request still have the
 * response validated.
 */
public final class ApiClient {

    private static final String SPEC = "openapi/sygesikring-api.yaml";
    private static final OpenApiValidationFilter REQUEST_AND_RESPONSE = filter(false);
    private static final OpenApiValidationFilter RESPONSE_ONLY = filter(true);

    private final String baseUri;

    public ApiClient(EmbeddedServer server) {
        this.baseUri = server.getURL().toString();
    }

    /** A request with this Bearer token; request and response are validated against the contract. */
    public RequestSpecification as(String token) {
        return given().baseUri(baseUri).filter(REQUEST_AND_RESPONSE).header("Authorization", "Bearer " + token);
    }

    /** A request that is wrong on purpose (no token, bad body): only the response is validated. */
    public RequestSpecification wrongRequest() {
        return given().baseUri(baseUri).filter(RESPONSE_ONLY);
    }

    /** Outside the contract (health, metrics): nothing to validate against. */
    public RequestSpecification unvalidated() {
        return given().baseUri(baseUri);
    }

    private static OpenApiValidationFilter filter(boolean responseOnly) {
        LevelResolver.Builder levels = LevelResolver.create()
                // a response may not carry properties the contract does not describe
                .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR);
        if (responseOnly) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                .withLevelResolver(levels.build())
                .build());
    }
}
