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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders every error the framework produces itself (no route, 401 and 403 from security, malformed
 * JSON, bean-validation failures, unexpected exceptions) as problem+json. Unexpected exceptions
 * never leak a message or stack trace: the detail says only that the error was logged.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<ProblemDto> {

    private static final String INVALID_JSON = "Invalid JSON: ";
    private static final Pattern PATH_AND_REASON = Pattern.compile("([A-Za-z0-9_.\\[\\]]+): (.+)", Pattern.DOTALL);
    private static final Pattern DECODING_PROPERTY =
            Pattern.compile("Error decoding property \\[\\S+ (\\w+)] of type \\[[^\\]]+]: (.*)", Pattern.DOTALL);

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
        return context.getErrors().stream().map(ProblemJsonErrorBodyProvider::invalidParam).toList();
    }

    /**
     * One offending field, named as the client wrote it and said without Java class names:
     * "request.role: must not be null" → role / "must not be null";
     * "Error decoding property [RoleDto role] of type [...]: Unexpected value 'BOSS'" → role / "Unexpected value 'BOSS'";
     * malformed JSON → body / "not valid JSON: ...".
     */
    private static InvalidParamDto invalidParam(Error error) {
        String message = error.getMessage();
        Matcher decoding = DECODING_PROPERTY.matcher(message);
        if (decoding.find()) {
            return new InvalidParamDto(decoding.group(1), firstLine(decoding.group(2)));
        }
        if (message.contains(INVALID_JSON)) {
            return new InvalidParamDto("body", "not valid JSON: " + firstLine(message.substring(message.indexOf(INVALID_JSON) + INVALID_JSON.length())));
        }
        Matcher pathAndReason = PATH_AND_REASON.matcher(message);
        if (pathAndReason.matches()) {
            return new InvalidParamDto(lastSegment(pathAndReason.group(1)), pathAndReason.group(2));
        }
        return new InvalidParamDto(error.getPath().map(ProblemJsonErrorBodyProvider::lastSegment).orElse("request"), firstLine(message));
    }

    private static String lastSegment(String path) {
        String[] parts = path.split("[./]");
        return parts.length == 0 ? path : parts[parts.length - 1];
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").trim();
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
