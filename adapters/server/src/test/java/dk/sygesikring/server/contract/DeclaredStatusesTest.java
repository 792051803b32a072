package dk.sygesikring.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.server.contract.ContractOperations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the contract declares the answers the HTTP edge can give it, each as a reusable problem
 * response with a correlation id: an operation added later (configuration, cards, ...) is held to the same rules.
 */
class DeclaredStatusesTest {

    static Stream<Operation> operations() {
        return ContractOperations.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @DisplayName("an operation declares 406 and 500, and 400, 413 and 415 when it takes input")
    void the_edge_statuses_are_declared(Operation operation) {
        List<String> missing = new ArrayList<>();
        expect(operation, "406", "NotAcceptable", missing);
        expect(operation, "500", "InternalError", missing);
        if (operation.hasRequestBody() || operation.hasParameters()) {
            expect(operation, "400", "BadRequest", missing);
        }
        if (operation.hasRequestBody()) {
            expect(operation, "413", "PayloadTooLarge", missing);
            expect(operation, "415", "UnsupportedMediaType", missing);
        }
        if (operation.isSecured()) {
            expect(operation, "401", "Unauthorized", missing);
            // an operation called by an external system (its signature or shared value instead of a token) has no roles
            boolean byRole = !operation.roles().contains("isAnonymous()");
            if (byRole && !operation.roles().containsAll(List.of("CITIZEN", "CASEWORKER", "CASEWORKER_SPECIAL", "MUNICIPAL_ADMIN", "SYSTEM"))) {
                expect(operation, "403", "Forbidden", missing);
            }
        }
        assertThat(missing).as(operation + " lacks").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    @DisplayName("every error an operation declares is a reusable problem+json response with the correlation id")
    @SuppressWarnings("unchecked")
    void every_error_is_a_problem_with_the_correlation_id(Operation operation) {
        List<String> wrong = new ArrayList<>();
        for (String status : operation.responses().keySet()) {
            if (!status.startsWith("4") && !status.startsWith("5")) {
                continue;
            }
            Map<String, Object> response = operation.response(status);
            if (operation.responseReference(status) == null) {
                wrong.add(status + " is not one of the reusable problem responses");
            }
            Map<String, Object> headers = (Map<String, Object>) response.getOrDefault("headers", Map.of());
            if (!headers.containsKey("X-Correlation-Id")) {
                wrong.add(status + " has no X-Correlation-Id header");
            }
            Map<String, Object> content = (Map<String, Object>) response.getOrDefault("content", Map.of());
            if (!content.keySet().equals(java.util.Set.of("application/problem+json"))) {
                wrong.add(status + " is not application/problem+json only");
            }
        }
        assertThat(wrong).as(operation.toString()).isEmpty();
    }

    private static void expect(Operation operation, String status, String reusable, List<String> missing) {
        if (!reusable.equals(operation.responseReference(status))) {
            missing.add(status + " (" + reusable + ")");
        }
    }
}
