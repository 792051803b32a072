package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.api.model.ProblemDto;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.NotAcceptableException;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Renders every error the framework produces itself (no route, 401 and 403 from security, 406, 413 and 415 from the
 * router, bean-validation failures, unexpected exceptions) as problem+json of a documented type. Unexpected
 * exceptions never leak a message or stack trace: the detail says only that the error was logged.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<ProblemDto> {

    private final long maxRequestSize;

    ProblemJsonErrorBodyProvider(HttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public String contentType() {
        return Problems.MEDIA_TYPE;
    }

    @Override
    public ProblemDto body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.status();
        if (status == HttpStatus.BAD_REQUEST && context.hasErrors()) {
            return Problems.invalidRequest(FrameworkInvalidParams.of(context.getRequest(), context.getErrors()));
        }
        EdgeProblem problem = EdgeProblem.forFrameworkStatus(status);
        return Problems.problem(problem, status, detailOf(problem, context, status));
    }

    /**
     * What the route produces besides problem+json, in alphabetical order: application/json, application/pdf for a
     * document, "application/json or text/csv" for a report.
     */
    private static String answersIn(ErrorContext context) {
        return context.getRootCause().filter(NotAcceptableException.class::isInstance).map(NotAcceptableException.class::cast)
                .map(notAcceptable -> notAcceptable.getProduceableContentTypes().stream()
                        .filter(type -> !type.startsWith(Problems.MEDIA_TYPE)).distinct().sorted()
                        .collect(Collectors.joining(" or ")))
                .filter(types -> !types.isEmpty())
                .orElse(MediaType.APPLICATION_JSON);
    }

    private String detailOf(EdgeProblem problem, ErrorContext context, HttpStatus status) {
        return switch (problem) {
            case UNAUTHORIZED -> "A valid Bearer token is required";
            case FORBIDDEN -> "The token's role may not use this operation";
            case NOT_FOUND -> "No such resource";
            case NOT_ACCEPTABLE -> "This operation answers in " + answersIn(context) + ", and errors in application/problem+json;"
                    + " the Accept header allows neither";
            case UNSUPPORTED_MEDIA_TYPE -> "The body must be application/json";
            case PAYLOAD_TOO_LARGE -> "A request body may be at most " + maxRequestSize + " bytes";
            case INTERNAL_ERROR -> "An unexpected error occurred and was logged with the request's correlation id";
            default -> status.getCode() >= 500 ? "An unexpected error occurred and was logged with the request's correlation id"
                    : context.getErrors().stream().findFirst().map(Error::getMessage).orElse(status.getReason());
        };
    }
}
