package dk.sygesikring.adapters.rest.signature;

import dk.sygesikring.adapters.rest.problem.EdgeProblem;
import dk.sygesikring.adapters.rest.problem.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.time.Clock;
import java.time.Duration;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * An external system's reports carry no token: the system signs each with the secret it shares with this service
 * ({@link ReportSignature}), and a report without a valid signature is 401 before anything reads it. Runs where
 * security runs, before the contract's check of the body. One mechanism; each system names its path (its
 * {@code @Filter}), header and secret in a small subclass.
 */
public abstract class SignedReportFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignedReportFilter.class);

    private final String system;
    private final String header;
    private final ReportSignature signature;
    private final Clock clock;

    /**
     * @param system how the problem names the signer, e.g. "the card supplier"
     * @param header the header the signature comes in
     */
    protected SignedReportFilter(String system, String header, String secret, Duration maxAge, Clock clock) {
        this.system = system;
        this.header = header;
        this.signature = new ReportSignature(system, secret, maxAge);
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return Mono.just(unauthorized("the report could not be read"));
        }
        String value = request.getHeaders().get(header);
        return Mono.fromFuture(server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer())
                .map(SignedReportFilter::drain)
                .flatMap(body -> signature.problemWith(value, body, clock.instant())
                        .<Publisher<MutableHttpResponse<?>>>map(problem -> {
                            LOG.warn("A report of {} was refused: {}", system, problem);
                            return Mono.just(unauthorized(problem));
                        })
                        .map(Mono::from)
                        .orElseGet(() -> Mono.from(chain.proceed(request))));
    }

    private MutableHttpResponse<?> unauthorized(String why) {
        return Problems.response(Problems.problem(EdgeProblem.UNAUTHORIZED, HttpStatus.UNAUTHORIZED,
                "The report is not signed by " + system + ": " + why));
    }

    private static byte[] drain(CloseableAvailableByteBody body) {
        try (body) {
            return body.toByteArray();
        }
    }
}
