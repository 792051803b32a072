package dk.sygesikring.application.port.out.nets;

import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.domain.person.Cpr;
import java.util.Objects;
import java.util.UUID;

/**
 * What the outbox asks of Nets for a payment (PAY-1, CARD-12); the payment itself, as stored, says how much. The
 * record's id is the idempotency key Nets sees, so a command delivered twice is done once.
 */
public sealed interface NetsCommand extends OutboxPayload {

    UUID paymentId();

    @Override
    default OutboxKind kind() {
        return OutboxKind.NETS_PAYMENT;
    }

    /** Create the payment the citizen completes in Nets's checkout. */
    record CreatePayment(UUID paymentId) implements NetsCommand {
        public CreatePayment {
            Objects.requireNonNull(paymentId, "paymentId");
        }
    }

    /** Charge one person's part: their card is dispatched. */
    record Charge(UUID paymentId, Cpr cpr) implements NetsCommand {
        public Charge {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(cpr, "cpr");
        }
    }

    /** Release what is reserved and not charged. */
    record Release(UUID paymentId) implements NetsCommand {
        public Release {
            Objects.requireNonNull(paymentId, "paymentId");
        }
    }
}
