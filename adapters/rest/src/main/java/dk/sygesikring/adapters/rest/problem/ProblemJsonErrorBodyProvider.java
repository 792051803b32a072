package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.api.model.InvalidParamDto;
import dk.sygesikring.api.model.ProblemDto;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.List;

/**
 * Renders every error the framework produces itself (no route, 401 and 403 from security, malformed
 * JSON, bean-validation failures, unexpected exceptions) as problem+json. Unexpected exceptions
 * never leak a message or stack trace: the detail says only that the error was logged.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<ProblemDto> {

    @Override
    public String contentType() {
        return Problems.MEDIA_TYPE;
    }

    @Override
    public ProblemDto body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.status();
        if (status == HttpStatus.BAD_REQUEST && context.hasErrors()) {
            return Problems.invalidRequest(invalidParams(context));
        }
        return Problems.problem(status, codeOf(status), detailOf(context, status));
    }

    private static List<InvalidParamDto> invalidParams(ErrorContext context) {
        boolean beanValidation = context.getRootCause().filter(ConstraintViolationException.class::isInstance).isPresent();
        return context.getErrors().stream()
                .map(error -> new InvalidParamDto(parameterName(error, beanValidation), reason(error)))
                .toList();
    }

    /** "getPerson.cpr" → "cpr"; "mintDevelopmentToken.developmentTokenRequestDto.role" → "role". */
    private static String parameterName(Error error, boolean beanValidation) {
        String path = error.getPath().orElse("request");
        if (!beanValidation) {
            return path;
        }
        String[] parts = path.split("\\.");
        return parts[parts.length - 1];
    }

    private static String reason(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 && error.getPath().isPresent() ? message.substring(colon + 2) : message;
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            default -> status.getCode() >= 500 ? "internal-error" : "http-" + status.getCode();
        };
    }

    private static String detailOf(ErrorContext context, HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "A valid Bearer token is required";
            case FORBIDDEN -> "The token's role may not use this operation";
            default -> {
                if (status.getCode() >= 500) {
                    yield "An unexpected error occurred and was logged with the request's correlation id";
                }
                yield context.getErrors().stream().findFirst().map(Error::getMessage).orElse(status.getReason());
            }
        };
    }
}
