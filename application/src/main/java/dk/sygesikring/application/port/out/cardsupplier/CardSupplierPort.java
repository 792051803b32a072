package dk.sygesikring.application.port.out.cardsupplier;

import java.util.UUID;

/**
 * The card supplier, who makes and posts health cards (CARD-1). It reports back on each order (received, drawn,
 * dispatched) by calling this service; those reports arrive at the REST edge, not here. Every call may throw
 * {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException} when the supplier does not answer
 * after the adapter's retries or while its circuit breaker is open.
 */
public interface CardSupplierPort {

    /**
     * Places the order. Its id is the idempotency key: an id the supplier has seen places nothing new, and the answer
     * is the first receipt.
     */
    CardSupplierOutcome order(CardSupplierOrder order);

    /** CARD-9: withdraws an order the supplier has not drawn yet; a drawn card is made and posted regardless. */
    CardSupplierCancellation cancel(UUID orderId);
}
