package dk.sygesikring.resilience;

/**
 * The external system did not answer usefully this time (I/O error, timeout, 5xx): worth another attempt.
 * The only failure {@link HttpResilience} retries and its circuit breaker counts. An adapter may subclass it
 * so that the cause in a log line names the system by its type.
 */
public class TransientFailureException extends RuntimeException {

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
