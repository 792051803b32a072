package dk.sygesikring.adapters.cpr;

import dk.sygesikring.resilience.TransientFailureException;

/** CPR did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt. */
class CprUnavailableException extends TransientFailureException {

    CprUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
