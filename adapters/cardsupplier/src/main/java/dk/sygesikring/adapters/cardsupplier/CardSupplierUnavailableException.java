package dk.sygesikring.adapters.cardsupplier;

import dk.sygesikring.resilience.TransientFailureException;

/** The card supplier did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt. */
class CardSupplierUnavailableException extends TransientFailureException {

    CardSupplierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
