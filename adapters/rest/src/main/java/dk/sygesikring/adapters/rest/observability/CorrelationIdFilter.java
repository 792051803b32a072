package dk.sygesikring.adapters.rest.observability;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Gives every request a correlation id: the caller's {@value #HEADER} when it is a sensible token,
 * otherwise a new UUID. It is in the MDC of every log line written while the request is handled,
 * on whichever thread, and echoed in the response header.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class CorrelationIdFilter implements HttpServerFilter {

    static final String HEADER = "X-Correlation-Id";
    static final String MDC_KEY = "correlationId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String correlationId = request.getHeaders().findFirst(HEADER)
                .filter(value -> ACCEPTED.matcher(value).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of(MDC_KEY, correlationId)))
                .propagate()) {
            return Flux.from(chain.proceed(request)).doOnNext(response -> response.header(HEADER, correlationId));
        }
    }
}
