package dk.sygesikring.domain.card;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** How a card's fee is paid (PAY-1, PAY-3). */
public sealed interface CardPayment {

    /** The card is free (CARD-3). */
    record Free() implements CardPayment {
    }

    /**
     * A caseworker's order: the fee is paid at the municipality through the channel the caseworker chose among the
     * municipality's (PAY-3); empty when the municipality lists none.
     */
    record AtMunicipality(Optional<String> channel) implements CardPayment {
        public AtMunicipality {
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** Self-service: reserved on the citizen's payment card through Nets, charged when the card is dispatched (CARD-12). */
    record ByPaymentCard(UUID paymentId) implements CardPayment {
        public ByPaymentCard {
            Objects.requireNonNull(paymentId, "paymentId");
        }
    }
}
