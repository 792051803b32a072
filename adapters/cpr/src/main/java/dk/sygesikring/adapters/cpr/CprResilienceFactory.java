package dk.sygesikring.adapters.cpr;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The beans named "cpr": the client that calls CPR with retry and circuit breaker, built from {@link CprSettings},
 * whose WARN lines are logged under this class, and its circuit breaker, for those who watch or reset it.
 */
@Factory
class CprResilienceFactory {

    static final String NAME = "cpr";
    private static final Logger LOG = LoggerFactory.getLogger(CprResilienceFactory.class);

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "close")
    ResilientHttpClient cprClient(CprSettings settings, JsonMapper json, BeanContext context) {
        ExternalSystem cpr = new ExternalSystem(NAME, CprLookupAdapter.SYSTEM, LOG, CprUnavailableException::new);
        return ResilientHttpClient.create(cpr, settings, json, context);
    }

    @Singleton
    @Named(NAME)
    CircuitBreaker cprCircuitBreaker(@Named(NAME) ResilientHttpClient cpr) {
        return cpr.circuitBreaker();
    }
}
