package dk.sygesikring.adapters.rest.cardsupplier;

import dk.sygesikring.adapters.rest.problem.EdgeProblem;
import dk.sygesikring.adapters.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
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
 * The card supplier's reports carry no token: the supplier signs each with the secret it shares with this service
 * ({@link ReportSignature}), and a report without a valid signature is 401 before anything reads it. Runs where
 * security runs, before the contract's check of the body.
 */
@Filter(CardSupplierSignatureFilter.PATH)
final class CardSupplierSignatureFilter implements HttpServerFilter {

    static final String PATH = "/card-supplier/reports";
    static final String HEADER = "Card-Supplier-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(CardSupplierSignatureFilter.class);

    private final ReportSignature signature;
    private final Clock clock;

    CardSupplierSignatureFilter(@Value("${sygesikring.card-supplier.report-secret}") String secret,
                                @Value("${sygesikring.card-supplier.report-max-age:5m}") Duration maxAge, Clock clock) {
        this.signature = new ReportSignature(secret, maxAge);
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
        String header = request.getHeaders().get(HEADER);
        return Mono.fromFuture(server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer())
                .map(CardSupplierSignatureFilter::drain)
                .flatMap(body -> signature.problemWith(header, body, clock.instant())
                        .<Publisher<MutableHttpResponse<?>>>map(problem -> {
                            LOG.warn("A card-supplier report was refused: {}", problem);
                            return Mono.just(unauthorized(problem));
                        })
                        .map(Mono::from)
                        .orElseGet(() -> Mono.from(chain.proceed(request))));
    }

    private static MutableHttpResponse<?> unauthorized(String why) {
        return Problems.response(Problems.problem(EdgeProblem.UNAUTHORIZED, HttpStatus.UNAUTHORIZED,
                "The report is not signed by the card supplier: " + why));
    }

    private static byte[] drain(CloseableAvailableByteBody body) {
        try (body) {
            return body.toByteArray();
        }
    }
}
