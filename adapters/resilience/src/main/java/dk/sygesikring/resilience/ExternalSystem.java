package dk.sygesikring.resilience;

import java.util.function.BiFunction;
import org.slf4j.Logger;

/**
 * An external system as its adapter names it.
 *
 * @param id               of its settings ({@code sygesikring.<id>}), its beans and the {@code name} tag of its
 *                         metrics, e.g. "cpr"
 * @param name             as messages name it, e.g. "CPR"
 * @param log              where each retry and each circuit breaker state change is one WARN line: the adapter's own
 *                         category, so that its log configuration covers them
 * @param transientFailure the exception for a failure worth retrying, e.g. {@code CprUnavailableException::new},
 *                         so that the cause of an unavailable system says which one by its type
 */
public record ExternalSystem(String id, String name, Logger log,
                             BiFunction<String, Throwable, ? extends TransientFailureException> transientFailure) {

    /** The prefix of its settings, e.g. "sygesikring.cpr". */
    public String settingsPrefix() {
        return "sygesikring." + id;
    }
}
