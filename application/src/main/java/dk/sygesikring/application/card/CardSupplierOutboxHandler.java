package dk.sygesikring.application.card;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.outbox.OutboxHandler;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.cardsupplier.CardOrderForSupplier;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOrder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOutcome;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierPort;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderPolicy;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.NotOrderedBecause;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends a card order to the card supplier with the order's id as idempotency key: the supplier answers a known id
 * with its first receipt, so a card is made once however often the order is sent. An automatic order first asks LUNA
 * for the person's opt-out of the physical card (CARD-10); while LUNA does not answer, the order waits like any
 * other undelivered record. An order cancelled meanwhile is withdrawn, not sent (CARD-9).
 */
@Singleton
public class CardSupplierOutboxHandler implements OutboxHandler {

    static final String WITHDRAWN = "Tilbagekaldt: kortbestillingen ventede ikke længere på kortleverandøren";

    private final CardSupplierPort supplier;
    private final LunaPort luna;
    private final CardOrderStorePort orders;
    private final CardOrderProgress progress;

    public CardSupplierOutboxHandler(CardSupplierPort supplier, LunaPort luna, CardOrderStorePort orders,
                                     CardOrderProgress progress) {
        this.supplier = supplier;
        this.luna = luna;
        this.orders = orders;
        this.progress = progress;
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.CARD_SUPPLIER_ORDER;
    }

    @Override
    public Delivery deliver(OutboxRecord record, Instant now) {
        CardOrder order = orders.loadForUpdate(record.payload(CardOrderForSupplier.class).cardOrderId())
                .orElseThrow(() -> new IllegalStateException("outbox record " + record.id() + " names no card order"));
        if (!(order.state() instanceof CardOrderState.Ordered)) {
            return new Delivery.Withdrawn(WITHDRAWN);
        }
        Optional<NotOrderedBecause> skipped = CardOrderPolicy.physicalCard(order.explicit(),
                !order.explicit() && luna.physicalCardOptOut(order.cpr()).isPresent());
        if (skipped.isPresent()) {
            progress.notOrdered(order, skipped.get(), now);
            return new Delivery.Withdrawn(skipped.get().danishNote());
        }
        return switch (supplier.order(new CardSupplierOrder(order.id(), order.card(), order.delivery()))) {
            case CardSupplierOutcome.Accepted accepted -> {
                orders.save(order.receivedBySupplier(accepted.supplierReference(), accepted.receivedAt()));
                yield new Delivery.Confirmed(accepted.supplierReference(), accepted.receivedAt());
            }
            case CardSupplierOutcome.Rejected rejected -> {
                progress.refusedBySupplier(order, rejected.reason(), now);
                yield new Delivery.Refused(rejected.reason());
            }
        };
    }
}
