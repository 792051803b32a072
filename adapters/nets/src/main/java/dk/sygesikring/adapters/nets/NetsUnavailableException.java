package dk.sygesikring.adapters.nets;

import dk.sygesikring.resilience.TransientFailureException;

/** Nets did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt. */
class NetsUnavailableException extends TransientFailureException {

    NetsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
