package dk.sygesikring.adapters.luna;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The client named "luna" that calls LUNA with retry and circuit breaker, logging its WARN lines under this class. */
@Factory
class LunaResilienceFactory {

    static final String NAME = "luna";
    private static final Logger LOG = LoggerFactory.getLogger(LunaResilienceFactory.class);

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "close")
    ResilientHttpClient lunaClient(LunaSettings settings, JsonMapper json, BeanContext context) {
        ExternalSystem luna = new ExternalSystem(NAME, LunaAdapter.SYSTEM, LOG, LunaUnavailableException::new);
        return ResilientHttpClient.create(luna, settings, json, context);
    }
}
