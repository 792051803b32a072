package dk.sygesikring.domain.card;

/** What the card supplier reports about an order. */
public enum SupplierStatus {
    /** The card is drawn for production: too late to cancel (CARD-9). */
    DRAWN,
    /** The card is posted. */
    DISPATCHED
}
