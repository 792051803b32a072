package dk.sygesikring.domain.card;

import java.util.Objects;

/** What {@link CardOrderPolicy} decides for one card: make it and send it there, or make none and say why. */
public sealed interface CardOrderDecision {

    record Order(CardDelivery delivery) implements CardOrderDecision {
        public Order {
            Objects.requireNonNull(delivery, "delivery");
        }
    }

    record DoNotOrder(NotOrderedBecause because) implements CardOrderDecision {
        public DoNotOrder {
            Objects.requireNonNull(because, "because");
        }
    }
}
