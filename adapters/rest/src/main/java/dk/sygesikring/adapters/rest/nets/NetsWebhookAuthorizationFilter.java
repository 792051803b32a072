package dk.sygesikring.adapters.rest.nets;

import dk.sygesikring.adapters.rest.problem.EdgeProblem;
import dk.sygesikring.adapters.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Nets puts in each webhook's Authorization header the value this service gave when the payment was made
 * (`sygesikring.nets.webhook-authorization`). During a rotation of that value the one before is accepted too
 * (`previous-webhook-authorization`), for the payments made under it. Compared in constant time.
 */
@Filter(NetsWebhookAuthorizationFilter.PATH)
final class NetsWebhookAuthorizationFilter implements HttpServerFilter {

    static final String PATH = "/nets/webhooks";
    private static final Logger LOG = LoggerFactory.getLogger(NetsWebhookAuthorizationFilter.class);

    private final List<byte[]> accepted;

    NetsWebhookAuthorizationFilter(@Value("${sygesikring.nets.webhook-authorization}") String current,
                                   @Nullable @Value("${sygesikring.nets.previous-webhook-authorization:}") String previous) {
        if (current == null || current.length() < 16) {
            throw new IllegalArgumentException("sygesikring.nets.webhook-authorization has at least 16 characters");
        }
        this.accepted = Stream.of(current, previous).filter(value -> value != null && !value.isBlank())
                .map(value -> value.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String given = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        byte[] bytes = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] value : accepted) {
            known |= MessageDigest.isEqual(value, bytes);
        }
        if (!known) {
            LOG.warn("A Nets webhook was refused: {}", given == null ? "no Authorization header" : "an unknown Authorization value");
            return Mono.just(Problems.response(Problems.problem(EdgeProblem.UNAUTHORIZED, HttpStatus.UNAUTHORIZED,
                    "The webhook does not carry the Authorization value given to Nets")));
        }
        return chain.proceed(request);
    }
}
