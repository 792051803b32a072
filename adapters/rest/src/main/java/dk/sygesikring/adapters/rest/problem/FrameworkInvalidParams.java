package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.api.model.InvalidParamDto;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad input the framework itself found (binding, bean validation, JSON decoding), named as the contract spells
 * it and said without Java. The contract check (ContractRequestFilter) finds nearly all bad input first; this is what
 * stands behind it. A Java argument name is turned into the name it is bound from ({@code idempotencyKey} →
 * {@code Idempotency-Key}); a body field keeps its path without the argument ({@code request.persons[0].cpr} →
 * {@code persons[0].cpr}).
 */
final class FrameworkInvalidParams {

    private static final String BODY = "body";
    private static final Pattern ARGUMENT = Pattern.compile("(?:Failed to convert argument|Required \\w+) \\[(\\w+)]");
    private static final Pattern DECODING_PROPERTY = Pattern.compile("Error decoding property \\[\\S+ (\\w+)]");
    private static final Pattern PATH_AND_REASON = Pattern.compile("([A-Za-z0-9_.\\[\\]]+): (.+)", Pattern.DOTALL);
    private static final Pattern JAVA = Pattern.compile("(?i)(\\b[a-z]+\\.[a-z]+\\.\\w|Dto\\b|\\[.*]|index \\d|Text '|token )");

    private FrameworkInvalidParams() {
    }

    static List<InvalidParamDto> of(HttpRequest<?> request, List<Error> errors) {
        Map<String, String> boundNames = boundNames(request);
        return errors.stream().map(error -> invalidParam(error.getMessage(), boundNames)).toList();
    }

    private static InvalidParamDto invalidParam(String message, Map<String, String> boundNames) {
        if (message.contains("Invalid JSON")) {
            return new InvalidParamDto(BODY, "is not valid JSON");
        }
        Matcher argument = ARGUMENT.matcher(message);
        if (argument.find()) {
            String name = boundNames.getOrDefault(argument.group(1), argument.group(1));
            return new InvalidParamDto(name, message.startsWith("Required") ? "is required" : "is not of the type the contract gives it");
        }
        Matcher decoding = DECODING_PROPERTY.matcher(message);
        if (decoding.find()) {
            return new InvalidParamDto(decoding.group(1), "is not of the type the contract gives it");
        }
        Matcher pathAndReason = PATH_AND_REASON.matcher(message);
        if (pathAndReason.matches()) {
            return new InvalidParamDto(name(pathAndReason.group(1), boundNames), plain(pathAndReason.group(2)));
        }
        return new InvalidParamDto("request", plain(message));
    }

    /** {@code request.persons[0].cpr} → {@code persons[0].cpr} when {@code request} is the body; a parameter by its bound name. */
    private static String name(String path, Map<String, String> boundNames) {
        int dot = path.indexOf('.');
        String first = dot < 0 ? path : path.substring(0, dot);
        String bound = boundNames.get(first);
        if (bound == null) {
            return path;
        }
        if (BODY.equals(bound)) {
            return dot < 0 ? BODY : path.substring(dot + 1);
        }
        return dot < 0 ? bound : bound + path.substring(dot);
    }

    /** Bean validation speaks plainly ("must not be null"); anything that reads as Java is replaced. */
    private static String plain(String reason) {
        String line = reason.lines().findFirst().orElse("").trim();
        return JAVA.matcher(line).find() || line.isEmpty() ? "is not as the contract says" : line;
    }

    /** Each argument of the route by its Java name, to the name it is bound from: a header, query or path name, or body. */
    private static Map<String, String> boundNames(HttpRequest<?> request) {
        Map<String, String> names = new HashMap<>();
        RouteAttributes.getRouteMatch(request).ifPresent(match -> {
            if (match instanceof MethodBasedRouteMatch<?, ?> method) {
                for (Argument<?> argument : method.getArguments()) {
                    String bound = argument.getAnnotationMetadata().hasAnnotation(Body.class) ? BODY
                            : argument.getAnnotationMetadata().stringValue(Bindable.class).orElse(argument.getName());
                    names.put(argument.getName(), bound);
                }
            }
        });
        return names;
    }
}
