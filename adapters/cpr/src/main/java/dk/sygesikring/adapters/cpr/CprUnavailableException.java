package dk.sygesikring.adapters.cpr;

/**
 * CPR did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt. The only
 * failure the retry repeats and the circuit breaker counts.
 */
class CprUnavailableException extends RuntimeException {

    CprUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
