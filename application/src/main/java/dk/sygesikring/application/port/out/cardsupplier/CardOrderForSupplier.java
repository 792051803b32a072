package dk.sygesikring.application.port.out.cardsupplier;

import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A card order on its way to the card supplier through the outbox. The order itself, immutable once made, is the
 * payload's content: every attempt sends the same card.
 */
public record CardOrderForSupplier(UUID cardOrderId) implements OutboxPayload {

    public CardOrderForSupplier {
        Objects.requireNonNull(cardOrderId, "cardOrderId");
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.CARD_SUPPLIER_ORDER;
    }
}
