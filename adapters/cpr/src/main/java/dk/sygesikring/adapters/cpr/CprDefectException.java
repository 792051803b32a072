package dk.sygesikring.adapters.cpr;

/**
 * CPR answered, but with something that must not happen: a 4xx other than 404, an unexpected status, or a
 * body that is not a valid person record. A defect on one side or the other, so never retried and not
 * counted by the circuit breaker: CPR is up.
 */
class CprDefectException extends IllegalStateException {

    CprDefectException(String message) {
        super(message);
    }

    CprDefectException(String message, Throwable cause) {
        super(message, cause);
    }
}
