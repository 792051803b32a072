package dk.sygesikring.domain.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** Where a payment is at Nets (PAY-1, CARD-12); each person's part is charged or released on its own item. */
public sealed interface PaymentState {

    /** To be created at Nets (the outbox carries it). */
    record Creating() implements PaymentState {
    }

    /** Created at Nets: the citizen reserves the amount in its hosted checkout. */
    record AwaitingCheckout(String netsPaymentId, URI checkoutUrl) implements PaymentState {
        public AwaitingCheckout {
            Objects.requireNonNull(netsPaymentId, "netsPaymentId");
            Objects.requireNonNull(checkoutUrl, "checkoutUrl");
        }
    }

    /** The amount is reserved on the citizen's payment card: the cards go to the supplier. */
    record Reserved(String netsPaymentId, Instant at) implements PaymentState {
        public Reserved {
            Objects.requireNonNull(netsPaymentId, "netsPaymentId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The citizen's card was not accepted in the checkout: nothing is reserved, the cards wait. */
    record CheckoutFailed(String netsPaymentId, Instant at) implements PaymentState {
        public CheckoutFailed {
            Objects.requireNonNull(netsPaymentId, "netsPaymentId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** What was not charged is released (PAY-1). */
    record Released(String netsPaymentId, Instant at) implements PaymentState {
        public Released {
            Objects.requireNonNull(netsPaymentId, "netsPaymentId");
            Objects.requireNonNull(at, "at");
        }
    }
}
