package dk.sygesikring.adapters.luna;

import dk.sygesikring.resilience.HttpClients;
import dk.sygesikring.resilience.HttpResilience;
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
 * The beans named "luna": the HTTP client, built from {@link LunaSettings}, and the retry and circuit breaker
 * around it (also the MeterBinder of their metrics, tagged name="luna"), which log their WARN lines under this class.
 */
@Factory
class LunaResilienceFactory {

    static final String NAME = "luna";
    private static final Logger LOG = LoggerFactory.getLogger(LunaResilienceFactory.class);

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "close")
    HttpClient lunaHttpClient(LunaSettings settings, HttpClientConfiguration defaults,
                              HttpClientRegistry<?> registry, BeanContext beanContext) {
        return HttpClients.create("sygesikring.luna", LunaAdapter.SYSTEM, settings, defaults, registry, beanContext);
    }

    @Singleton
    @Named(NAME)
    HttpResilience lunaResilience(LunaSettings settings) {
        return new HttpResilience(NAME, LunaAdapter.SYSTEM, settings, LOG);
    }
}
