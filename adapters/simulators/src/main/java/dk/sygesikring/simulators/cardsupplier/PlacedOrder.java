package dk.sygesikring.simulators.cardsupplier;

import java.time.Instant;
import java.util.Objects;

/** An order the supplier took, where its production is, and when each step happened (null until it did). */
record PlacedOrder(CardOrder order, String supplierReference, Instant receivedAt, OrderStatus status, Instant drawnAt,
                   Instant dispatchedAt, Instant cancelledAt) {

    PlacedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(supplierReference, "supplierReference");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
    }

    static PlacedOrder received(CardOrder order, String supplierReference, Instant at) {
        return new PlacedOrder(order, supplierReference, at, OrderStatus.RECEIVED, null, null, null);
    }

    PlacedOrder drawn(Instant at) {
        return new PlacedOrder(order, supplierReference, receivedAt, OrderStatus.DRAWN, at, null, null);
    }

    PlacedOrder dispatched(Instant at) {
        return new PlacedOrder(order, supplierReference, receivedAt, OrderStatus.DISPATCHED, drawnAt, at, null);
    }

    PlacedOrder cancelled(Instant at) {
        return new PlacedOrder(order, supplierReference, receivedAt, OrderStatus.CANCELLED, null, null, at);
    }

    /** Drawn or dispatched: the card is being made or is made, and will be posted regardless. */
    boolean isDrawn() {
        return status == OrderStatus.DRAWN || status == OrderStatus.DISPATCHED;
    }
}
