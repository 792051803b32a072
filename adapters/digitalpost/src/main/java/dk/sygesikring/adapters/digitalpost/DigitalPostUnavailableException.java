package dk.sygesikring.adapters.digitalpost;

import dk.sygesikring.resilience.TransientFailureException;

/** Digital Post did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt. */
class DigitalPostUnavailableException extends TransientFailureException {

    DigitalPostUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
