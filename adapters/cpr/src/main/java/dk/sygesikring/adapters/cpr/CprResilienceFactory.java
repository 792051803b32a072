package dk.sygesikring.adapters.cpr;

import dk.sygesikring.resilience.HttpClients;
import dk.sygesikring.resilience.HttpResilience;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.client.HttpClientRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The beans named "cpr": the HTTP client (also what {@code @Client("cpr")} resolves to), built from
 * {@link CprSettings}, and the retry and circuit breaker around it, which log their WARN lines under this class.
 */
@Factory
class CprResilienceFactory {

    static final String NAME = "cpr";
    private static final Logger LOG = LoggerFactory.getLogger(CprResilienceFactory.class);

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "close")
    HttpClient cprHttpClient(CprSettings settings, HttpClientConfiguration defaults,
                             HttpClientRegistry<?> registry, BeanContext beanContext) {
        return HttpClients.create("sygesikring.cpr", CprLookupAdapter.SYSTEM, settings, defaults, registry, beanContext);
    }

    /** Also the MeterBinder of the retry and circuit breaker metrics, tagged name="cpr". */
    @Singleton
    @Named(NAME)
    HttpResilience cprResilience(CprSettings settings) {
        return new HttpResilience(NAME, CprLookupAdapter.SYSTEM, settings, LOG);
    }

    @Singleton
    @Named(NAME)
    CircuitBreaker cprCircuitBreaker(@Named(NAME) HttpResilience resilience) {
        return resilience.circuitBreaker();
    }
}
