package dk.sygesikring.adapters.luna;

import dk.sygesikring.resilience.TransientFailureException;

/** LUNA did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt. */
class LunaUnavailableException extends TransientFailureException {

    LunaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
