package dk.sygesikring.adapters.digitalpost;

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

/**
 * The client named "digital-post" that calls Digital Post with retry and circuit breaker, logging its WARN lines
 * under this class.
 */
@Factory
class DigitalPostResilienceFactory {

    static final String NAME = "digital-post";
    private static final Logger LOG = LoggerFactory.getLogger(DigitalPostResilienceFactory.class);

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "close")
    ResilientHttpClient digitalPostClient(DigitalPostSettings settings, JsonMapper json, BeanContext context) {
        ExternalSystem digitalPost = new ExternalSystem(NAME, DigitalPostAdapter.SYSTEM, LOG,
                DigitalPostUnavailableException::new);
        return ResilientHttpClient.create(digitalPost, settings, json, context);
    }
}
