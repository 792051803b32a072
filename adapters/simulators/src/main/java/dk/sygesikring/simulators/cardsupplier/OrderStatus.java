package dk.sygesikring.simulators.cardsupplier;

/** Where an order is in the supplier's production: received, drawn (made; too late to cancel), posted, or withdrawn. */
public enum OrderStatus {
    RECEIVED, DRAWN, DISPATCHED, CANCELLED
}
