package dk.sygesikring.adapters.cpr;

import dk.sygesikring.application.port.out.CprLookupPort;
import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.domain.person.Cpr;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;

/**
 * Online look-up in CPR (INT-2) with retry and circuit breaker (INT-5).
 *
 * <p>The retry wraps the circuit breaker, so every HTTP attempt is one call in the breaker's window:
 * an outage opens the circuit after a handful of failed attempts rather than after that many exhausted
 * retry series, and once the circuit is open the next attempt fails with {@link CallNotPermittedException},
 * which is not retried: no HTTP request, no backoff wait.
 */
@Singleton
class CprLookupAdapter implements CprLookupPort {

    static final String SYSTEM = "CPR";

    private final Function<Cpr, Optional<CprPersonRecord>> resilientFetch;
    private final int maxAttempts;

    CprLookupAdapter(CprHttpGateway gateway,
                     @Named(CprResilienceFactory.NAME) Retry retry,
                     @Named(CprResilienceFactory.NAME) CircuitBreaker circuitBreaker) {
        this.resilientFetch = Retry.decorateFunction(retry, CircuitBreaker.decorateFunction(circuitBreaker, gateway::fetch));
        this.maxAttempts = retry.getRetryConfig().getMaxAttempts();
    }

    @Override
    public Optional<CprPersonRecord> lookUp(Cpr cpr) {
        try {
            return resilientFetch.apply(cpr);
        } catch (CallNotPermittedException e) {
            throw new ExternalSystemUnavailableException(SYSTEM,
                    "CPR is not called while its circuit breaker is open after repeated failures", e);
        } catch (CprUnavailableException e) {
            throw new ExternalSystemUnavailableException(SYSTEM,
                    "CPR did not answer after " + maxAttempts + " attempts: " + e.getMessage(), e);
        }
    }
}
