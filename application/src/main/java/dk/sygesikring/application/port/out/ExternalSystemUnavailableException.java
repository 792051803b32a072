package dk.sygesikring.application.port.out;

/**
 * An external system (CPR, LUNA, Nets, Digital Post, print) did not answer, after the adapter's
 * retries, or its circuit breaker is open. Nothing was changed on our side because of the call.
 */
public class ExternalSystemUnavailableException extends RuntimeException {

    private final String system;

    public ExternalSystemUnavailableException(String system, String message, Throwable cause) {
        super(message, cause);
        this.system = system;
    }

    /** The name of the system, e.g. "CPR". */
    public String system() {
        return system;
    }
}
