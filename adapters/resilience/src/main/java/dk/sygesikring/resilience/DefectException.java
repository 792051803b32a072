package dk.sygesikring.resilience;

/**
 * The external system answered, but with something that must not happen: a status the call does not expect, or a
 * body that is not the wire format. A defect on one side or the other, so never retried and not counted by the
 * circuit breaker: the system is up.
 */
public class DefectException extends IllegalStateException {

    public DefectException(String message) {
        super(message);
    }

    public DefectException(String message, Throwable cause) {
        super(message, cause);
    }
}
