package dk.sygesikring.simulators.nets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A payment as the Nets simulator holds it, for tests ({@code GET /simulator/payments/{paymentId}}): amounts in øre,
 * and how many charges, cancels and refunds were made, so that a test can see that nothing was done twice.
 *
 * @param state CREATED (the checkout is not completed), RESERVATION_FAILED (the citizen's last attempt failed) or
 *              RESERVED; what is charged, cancelled and refunded since is in the amounts
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SimulatedPayment(String paymentId, String merchantId, String reference, String state, long amount,
                               long reserved, long charged, long cancelled, long refunded, int charges, int cancels,
                               int refunds) {
}
