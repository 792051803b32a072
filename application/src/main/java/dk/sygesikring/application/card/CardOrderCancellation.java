package dk.sygesikring.application.card;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.forloeb.ForloebCancellationParticipant;
import dk.sygesikring.application.payment.CardPayments;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierCancellation;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierPort;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CARD-9: a forløb with card orders can be cancelled until a card is drawn at the supplier. An order still in the
 * outbox is withdrawn there (its delivery finds it cancelled); one the supplier holds is withdrawn from the supplier,
 * whose answer decides: a card it has drawn keeps the forløb going, and the orders it did withdraw end as cancelled.
 */
@Singleton
public class CardOrderCancellation implements ForloebCancellationParticipant {

    static final String WITHDRAWN_AT_SUPPLIER = "Kortbestillingen er trukket tilbage hos kortleverandøren";

    private final CardOrderStorePort orders;
    private final CardSupplierPort supplier;
    private final ForloebStorePort forloeb;
    private final DeadlinePort deadlines;
    private final CardPayments payments;

    public CardOrderCancellation(CardOrderStorePort orders, CardSupplierPort supplier, ForloebStorePort forloeb,
                                 DeadlinePort deadlines, CardPayments payments) {
        this.payments = payments;
        this.orders = orders;
        this.supplier = supplier;
        this.forloeb = forloeb;
        this.deadlines = deadlines;
    }

    @Override
    public Optional<Refusal> refusalToCancel(Forloeb cancelling, Creator by, Instant at) {
        return orders.ofForloeb(cancelling.id()).stream().anyMatch(order -> order.state().progress() >= 3)
                ? Optional.of(CardOrder.ALREADY_DRAWN) : Optional.empty();
    }

    @Override
    public Optional<Refusal> withdrawExternally(Forloeb cancelling, Creator by, Instant at) {
        List<CardOrder> withdrawn = new ArrayList<>();
        boolean drawn = false;
        for (CardOrder known : orders.ofForloeb(cancelling.id())) {
            // locked: a delivery to the supplier under way finishes first, and its receipt is seen here
            CardOrder order = orders.loadForUpdate(known.id()).orElseThrow();
            if (order.state().progress() >= 3) {
                drawn = true; // the supplier's report of the draw arrived after the first look
            } else if (order.state() instanceof CardOrderState.AtSupplier atSupplier) {
                switch (supplier.cancel(order.id())) {
                    case CardSupplierCancellation.AlreadyDrawn already -> {
                        orders.save(order.reported(SupplierStatus.DRAWN, atSupplier.supplierReference(), already.drawnAt()));
                        drawn = true;
                    }
                    case CardSupplierCancellation.Cancelled cancelled -> withdrawn.add(order);
                    case CardSupplierCancellation.NotKnown notKnown -> withdrawn.add(order);
                }
            }
        }
        if (!drawn) {
            return Optional.empty();
        }
        // the forløb goes on for the drawn card; those withdrawn end here
        Forloeb goingOn = forloeb.loadForUpdate(cancelling.id()).orElseThrow();
        for (CardOrder order : withdrawn) {
            orders.save(cancelled(order, by, at));
            goingOn = goingOn.closeActivity(order.activityId(), ActivityState.CANCELLED, at, by, WITHDRAWN_AT_SUPPLIER);
        }
        forloeb.save(goingOn);
        return Optional.of(CardOrder.ALREADY_DRAWN);
    }

    @Override
    public void cancelled(Forloeb cancelled, Creator by, Instant at) {
        orders.ofForloeb(cancelled.id()).forEach(order -> orders.save(cancelled(order, by, at)));
        deadlines.cancel(Deadline.Kind.CARD_PRE_ORDER, cancelled.id());
        payments.release(cancelled.id()); // PAY-1: the reservation of the cards not made is released
    }

    private static CardOrder cancelled(CardOrder order, Creator by, Instant at) {
        return switch (order.cancel(by, at)) {
            case Outcome.Success<CardOrder> success -> success.value();
            case Outcome.Refused<CardOrder> refused -> throw new IllegalStateException(
                    "card order " + order.id() + " was drawn while its forløb was being cancelled");
        };
    }
}
