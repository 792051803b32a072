package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.nets.NetsCheckout;
import dk.sygesikring.application.port.out.nets.NetsKeys;
import dk.sygesikring.application.port.out.nets.NetsOutcome;
import dk.sygesikring.application.port.out.nets.NetsPaymentRequest;
import dk.sygesikring.application.port.out.nets.NetsPaymentSummary;
import dk.sygesikring.application.port.out.nets.NetsPort;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nets as the port sees it: a key it has seen answers the first result, payments are reserved when the test says the
 * citizen completed the checkout, and it can be down. Every call is recorded with the keys it was offered; what Nets
 * holds of each payment is summed as Nets would.
 */
public final class FakeNets implements NetsPort {

    public record Call(String operation, String idempotencyKey, NetsKeys keys) {
    }

    private final Clock clock;
    private final Map<String, Object> answered = new HashMap<>();
    private final Map<String, BigDecimal[]> held = new HashMap<>();
    public final List<Call> calls = new ArrayList<>();
    private boolean down;

    public FakeNets(Clock clock) {
        this.clock = clock;
    }

    public void down(boolean isDown) {
        down = isDown;
    }

    /** The citizen completes the checkout: the whole amount is reserved. */
    public void reserve(String paymentId) {
        BigDecimal[] amounts = held.get(paymentId);
        amounts[0] = amounts[4];
    }

    @Override
    public NetsCheckout createPayment(NetsPaymentRequest request, NetsKeys keys) {
        return (NetsCheckout) once("create", request.reference().toString(), keys, () -> {
            String id = "np-" + (held.size() + 1);
            held.put(id, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, request.totalKroner()});
            return new NetsCheckout(id, URI.create("https://checkout.nets.example/" + id));
        });
    }

    @Override
    public NetsOutcome charge(String paymentId, BigDecimal kroner, String reference, String idempotencyKey, NetsKeys keys) {
        return (NetsOutcome) once("charge", idempotencyKey, keys, () -> {
            BigDecimal[] amounts = held.get(paymentId);
            if (amounts[1].add(kroner).compareTo(amounts[0].subtract(amounts[2])) > 0) {
                return new NetsOutcome.Refused("more than is reserved");
            }
            amounts[1] = amounts[1].add(kroner);
            return new NetsOutcome.Done("ch-" + idempotencyKey, clock.instant());
        });
    }

    @Override
    public NetsOutcome cancel(String paymentId, BigDecimal kroner, String idempotencyKey, NetsKeys keys) {
        return (NetsOutcome) once("cancel", idempotencyKey, keys, () -> {
            BigDecimal[] amounts = held.get(paymentId);
            amounts[2] = amounts[2].add(kroner);
            return new NetsOutcome.Done(paymentId, clock.instant());
        });
    }

    @Override
    public NetsOutcome refund(String chargeId, BigDecimal kroner, String idempotencyKey, NetsKeys keys) {
        throw new UnsupportedOperationException("no refunds in these tests");
    }

    @Override
    public NetsPaymentSummary payment(String paymentId, NetsKeys keys) {
        BigDecimal[] amounts = held.get(paymentId);
        return new NetsPaymentSummary(paymentId, amounts[0], amounts[1], amounts[2], amounts[3]);
    }

    public long callsOf(String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation)).count();
    }

    private Object once(String operation, String key, NetsKeys keys, java.util.function.Supplier<Object> action) {
        calls.add(new Call(operation, key, keys));
        if (down) {
            throw new ExternalSystemUnavailableException("Nets", "Nets did not answer after 3 attempts", null);
        }
        return answered.computeIfAbsent(operation + ":" + key, ignored -> action.get());
    }
}
