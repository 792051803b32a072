package dk.sygesikring.application.port.out.cardsupplier;

import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.HealthCard;
import java.util.Objects;
import java.util.UUID;

/**
 * One card to make and post.
 *
 * @param orderId the card order's id: the supplier's idempotency key and the id its reports name
 */
public record CardSupplierOrder(UUID orderId, HealthCard card, CardDelivery delivery) {

    public CardSupplierOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(delivery, "delivery");
    }
}
