package dk.sygesikring.adapters.print;

import dk.sygesikring.resilience.TransientFailureException;

/**
 * The print service did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt. After the
 * last attempt it is the cause of the {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException}
 * the port throws.
 */
class PrintUnavailableException extends TransientFailureException {

    PrintUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
