package dk.sygesikring.adapters.rest.contract;

import dk.sygesikring.adapters.rest.problem.Problems;
import dk.sygesikring.api.model.InvalidParamDto;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Holds every request of an operation in the contract to what the contract says, before a controller or the JSON
 * binding sees it: a wrong value is a 400 naming it, and nothing is read or written. It runs after security, so a
 * caller without a valid token learns nothing about the input. Requests outside the contract (health, metrics, the
 * served contract itself) pass untouched; a body that is not JSON is left to the router's 415.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class ContractRequestFilter implements HttpServerFilter {

    private static final CompletableFuture<List<InvalidParamDto>> NONE = CompletableFuture.completedFuture(List.of());

    private final ApiContract contract;

    ContractRequestFilter(ApiContract contract) {
        this.contract = contract;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Mono.fromFuture(problems(request)).flatMap(problems -> problems.isEmpty()
                ? Mono.from(chain.proceed(request))
                : Mono.just(Problems.response(Problems.invalidRequest(problems))));
    }

    private CompletableFuture<List<InvalidParamDto>> problems(HttpRequest<?> request) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isEmpty() || !(route.get() instanceof UriRouteMatch<?, ?> match)) {
            return NONE;
        }
        Optional<Operation> found = contract.operation(request.getMethodName(), template(match));
        if (found.isEmpty()) {
            return NONE;
        }
        Operation operation = found.get();
        List<InvalidParamDto> problems = new ArrayList<>(RequestCheck.parameters(operation, pathVariables(match),
                name -> request.getParameters().getAll(name), name -> request.getHeaders().getAll(name)));
        if (operation.body().isEmpty() || !takesJson(request) || !(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(problems);
        }
        return bytes(server).thenApply(body -> {
            problems.addAll(RequestCheck.body(operation, body));
            return problems;
        });
    }

    /** The route's template without any query part: {@code /persons/{cpr}/group-changes}. */
    private static String template(UriRouteMatch<?, ?> match) {
        String template = match.getRouteInfo().getUriMatchTemplate().toString();
        int query = template.indexOf("{?");
        return query < 0 ? template : template.substring(0, query);
    }

    private static Map<String, String> pathVariables(UriRouteMatch<?, ?> match) {
        Map<String, String> variables = new LinkedHashMap<>();
        match.getVariableValues().forEach((name, value) -> variables.put(name, String.valueOf(value)));
        return variables;
    }

    /** A body without a content type is read as JSON, as the router reads it. */
    private static boolean takesJson(HttpRequest<?> request) {
        return request.getContentType()
                .map(type -> MediaType.APPLICATION_JSON.equals(type.getName()) || type.getSubtype().endsWith("+json"))
                .orElse(true);
    }

    /** The body's bytes, read from a split of the body, so the controller's binding still gets it whole. */
    private static CompletableFuture<byte[]> bytes(ServerHttpRequest<?> request) {
        return request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().thenApply(ContractRequestFilter::drain);
    }

    private static byte[] drain(CloseableAvailableByteBody body) {
        try (body) {
            return body.toByteArray();
        }
    }
}
