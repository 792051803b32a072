package dk.sygesikring.application.card;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.deadline.DeadlineHandler;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/**
 * CARD-5: the day has come to order the cards of a future doctor change. Orders cancelled meanwhile are not waiting
 * any more and are left alone; one whose day is still ahead (scheduled again for it) waits on.
 */
@Singleton
public class CardPreOrderDeadline implements DeadlineHandler {

    private final CardOrderStorePort orders;
    private final CardOrdering ordering;
    private final Clock clock;

    public CardPreOrderDeadline(CardOrderStorePort orders, CardOrdering ordering, Clock clock) {
        this.orders = orders;
        this.ordering = ordering;
        this.clock = clock;
    }

    @Override
    public Deadline.Kind kind() {
        return Deadline.Kind.CARD_PRE_ORDER;
    }

    @Override
    public void reached(ForloebId forloebId) {
        LocalDate today = LocalDate.now(clock);
        orders.ofForloeb(forloebId).stream()
                .filter(order -> order.state() instanceof CardOrderState.WaitingToOrder)
                .map(order -> orders.loadForUpdate(order.id()).orElseThrow())
                .filter(order -> order.state() instanceof CardOrderState.WaitingToOrder)
                .forEach(order -> ordering.sendOrWait(order, today, clock.instant()));
    }
}
