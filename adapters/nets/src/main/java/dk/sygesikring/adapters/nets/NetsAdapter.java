package dk.sygesikring.adapters.nets;

import dk.sygesikring.adapters.nets.NetsWireFormat.AmountRequest;
import dk.sygesikring.adapters.nets.NetsWireFormat.ChargeCreated;
import dk.sygesikring.adapters.nets.NetsWireFormat.ChargeRequest;
import dk.sygesikring.adapters.nets.NetsWireFormat.ErrorResponse;
import dk.sygesikring.adapters.nets.NetsWireFormat.PaymentCreated;
import dk.sygesikring.adapters.nets.NetsWireFormat.RefundCreated;
import dk.sygesikring.adapters.nets.NetsWireFormat.RetrievedPayment;
import dk.sygesikring.application.port.out.nets.NetsCheckout;
import dk.sygesikring.application.port.out.nets.NetsKeys;
import dk.sygesikring.application.port.out.nets.NetsOutcome;
import dk.sygesikring.application.port.out.nets.NetsPaymentRequest;
import dk.sygesikring.application.port.out.nets.NetsPaymentSummary;
import dk.sygesikring.application.port.out.nets.NetsPort;
import dk.sygesikring.resilience.DefectException;
import dk.sygesikring.resilience.HttpAnswer;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nets (Nexi) Easy over HTTP (INT-3, PAY-1), every call with retry and circuit breaker (INT-5). Each municipality is
 * a merchant of its own, known to Nets by the secret key in the Authorization header; {@link NetsKeys} names the
 * keys to try by reference and {@link NetsSecretKeys} holds them.
 *
 * <p>PAY-4: a call goes with the first key. Only when Nets answers 401 Unauthorized is the same request sent with
 * the next, so that a capture still succeeds for a reservation made under the previous key while the municipality's
 * key has been changed on one side (here or at Nets) and not yet on the other. When every key is refused the call
 * is a defect that names the references tried, never the keys.
 *
 * <p>Every change carries an idempotency key (the payment's reference, or the caller's key), also on every retry and
 * under every key, so that Nets does it once: a key it has seen with the same request answers the first result.
 *
 * <p>Nets's judgement of a charge, cancel or refund is an answer like any other, not retried and not a failure for
 * the circuit breaker: 400, 402, 409 and 422 are {@link NetsOutcome.Refused} (more than is reserved, a cancelled
 * payment, nothing reserved, an idempotency key used for another request). Any other 4xx (403, 404, 405, 429, ...)
 * says something about this adapter or its configuration: a defect, so the caller keeps the work and tries later.
 * The port gives a payment's creation no refusal, so there every 4xx but 401 is a defect.
 */
@Singleton
class NetsAdapter implements NetsPort {

    static final String SYSTEM = "Nets";
    private static final Logger LOG = LoggerFactory.getLogger(NetsAdapter.class);
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern NETS_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private static final String CREATION = "the payment creation";
    private static final String CHARGE = "the charge";
    private static final String CANCEL = "the cancel";
    private static final String REFUND = "the refund";
    private static final String LOOK_UP = "the payment look-up";

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;
    private static final int BAD_REQUEST = 400;
    private static final int UNAUTHORIZED = 401;
    private static final int PAYMENT_REQUIRED = 402;
    private static final int CONFLICT = 409;
    private static final int UNPROCESSABLE = 422;
    private static final int[] REFUSALS = {BAD_REQUEST, PAYMENT_REQUIRED, CONFLICT, UNPROCESSABLE};

    private final ResilientHttpClient nets;
    private final NetsSecretKeys secretKeys;
    private final URI termsUrl;
    private final Clock clock;

    NetsAdapter(@Named(NetsSettings.NAME) ResilientHttpClient nets, NetsSettings settings, NetsSecretKeys secretKeys,
                Clock clock) {
        if (settings.getTermsUrl() == null || !settings.getTermsUrl().isAbsolute()) {
            throw new IllegalStateException(settings.system().settingsPrefix() + ".terms-url is not set: the absolute "
                    + "URL of the payment terms, which Nets's hosted checkout links to");
        }
        this.nets = nets;
        this.secretKeys = secretKeys;
        this.termsUrl = settings.getTermsUrl();
        this.clock = clock;
    }

    @Override
    public NetsCheckout createPayment(NetsPaymentRequest request, NetsKeys keys) {
        var body = NetsMapper.toJson(request, termsUrl);
        String idempotencyKey = request.reference().toString();
        HttpAnswer answer = call(CREATION, keys, key -> post("/v1/payments", body, key, idempotencyKey), OK, CREATED);
        return NetsMapper.toCheckout(nets.decode(CREATION, answer, Argument.of(PaymentCreated.class)));
    }

    @Override
    public NetsOutcome charge(String paymentId, BigDecimal kroner, String reference, String idempotencyKey,
                              NetsKeys keys) {
        long ore = NetsMapper.ore(kroner);
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a charge names what it charges by a reference");
        }
        var body = new ChargeRequest(ore, List.of(NetsMapper.item(reference, reference, ore)));
        String path = "/v1/payments/" + netsId(paymentId, "paymentId") + "/charges";
        String once = required(idempotencyKey);
        HttpAnswer answer = call(CHARGE, keys, key -> post(path, body, key, once),
                with(REFUSALS, OK, CREATED));
        if (isRefusal(answer)) {
            return refusal(CHARGE, answer);
        }
        ChargeCreated charged = nets.decode(CHARGE, answer, Argument.of(ChargeCreated.class));
        return new NetsOutcome.Done(NetsMapper.required(charged.chargeId(), "chargeId", CHARGE), clock.instant());
    }

    @Override
    public NetsOutcome cancel(String paymentId, BigDecimal kroner, String idempotencyKey, NetsKeys keys) {
        var body = new AmountRequest(NetsMapper.ore(kroner));
        String path = "/v1/payments/" + netsId(paymentId, "paymentId") + "/cancels";
        String once = required(idempotencyKey);
        HttpAnswer answer = call(CANCEL, keys, key -> post(path, body, key, once),
                with(REFUSALS, OK, NO_CONTENT));
        return isRefusal(answer) ? refusal(CANCEL, answer) : new NetsOutcome.Done(paymentId, clock.instant());
    }

    @Override
    public NetsOutcome refund(String chargeId, BigDecimal kroner, String idempotencyKey, NetsKeys keys) {
        var body = new AmountRequest(NetsMapper.ore(kroner));
        String path = "/v1/charges/" + netsId(chargeId, "chargeId") + "/refunds";
        String once = required(idempotencyKey);
        HttpAnswer answer = call(REFUND, keys, key -> post(path, body, key, once),
                with(REFUSALS, OK, CREATED));
        if (isRefusal(answer)) {
            return refusal(REFUND, answer);
        }
        RefundCreated refunded = nets.decode(REFUND, answer, Argument.of(RefundCreated.class));
        return new NetsOutcome.Done(NetsMapper.required(refunded.refundId(), "refundId", REFUND), clock.instant());
    }

    @Override
    public NetsPaymentSummary payment(String paymentId, NetsKeys keys) {
        String path = "/v1/payments/" + netsId(paymentId, "paymentId");
        HttpAnswer answer = call(LOOK_UP, keys, key -> HttpRequest.GET(path)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, key), OK);
        return NetsMapper.toSummary(paymentId, nets.decode(LOOK_UP, answer, Argument.of(RetrievedPayment.class)));
    }

    /**
     * Sends the request with each key in turn while Nets answers 401, each through the shared retry and circuit
     * breaker; the first other expected answer is the answer.
     *
     * @throws DefectException when a reference names no key, or Nets refuses every key
     */
    private HttpAnswer call(String operation, NetsKeys keys, Function<String, HttpRequest<?>> request, int... expected) {
        int[] answers = with(expected, UNAUTHORIZED);
        List<String> refused = new ArrayList<>();
        for (String reference : keys.references()) {
            HttpAnswer answer = nets.exchange(operation, request.apply(secretKeys.key(reference)), answers);
            if (answer.status() != UNAUTHORIZED) {
                if (!refused.isEmpty()) {
                    LOG.warn("Nets refused the secret key {} for {} and took {}: the key has been changed on one side "
                            + "(the secret store or Nets) and not yet on the other", refused, operation, reference);
                }
                return answer;
            }
            refused.add(reference);
        }
        throw new DefectException("Nets refused " + operation + " with 401 Unauthorized under every secret key, "
                + "references " + refused + ": none of them holds the municipality's current key at Nets");
    }

    private static MutableHttpRequest<?> post(String path, Object body, String key, String idempotencyKey) {
        return HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, key)
                .header(IDEMPOTENCY_KEY, idempotencyKey);
    }

    private static boolean isRefusal(HttpAnswer answer) {
        return Arrays.stream(REFUSALS).anyMatch(status -> status == answer.status());
    }

    /** The refusal's reason; a refusal whose body is not the wire format (a proxy's HTML page) is still a refusal. */
    private NetsOutcome.Refused refusal(String operation, HttpAnswer answer) {
        ErrorResponse error;
        try {
            error = nets.decode(operation, answer, Argument.of(ErrorResponse.class));
        } catch (DefectException e) {
            error = new ErrorResponse(null, null, null, null);
        }
        return new NetsOutcome.Refused(NetsMapper.reason(error, answer.status()));
    }

    private static int[] with(int[] statuses, int... more) {
        return IntStream.concat(Arrays.stream(statuses), Arrays.stream(more)).toArray();
    }

    /** A Nets id goes into the path: only letters, digits and hyphens, so that it cannot change the path. */
    private static String netsId(String id, String name) {
        if (id == null || !NETS_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a Nets " + name + " is 1-64 letters, digits or hyphens: " + id);
        }
        return id;
    }

    private static String required(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("a change at Nets carries an idempotency key");
        }
        return idempotencyKey;
    }
}
