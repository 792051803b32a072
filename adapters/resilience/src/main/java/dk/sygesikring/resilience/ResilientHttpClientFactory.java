package dk.sygesikring.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;

/**
 * The one factory of every external system's client (ADR 0009, ADR 0016): for each {@link ExternalSystemSettings}
 * bean a {@link ResilientHttpClient}, closed with the context, and its circuit breaker for those who watch or reset
 * it; both carry the settings' name, e.g. {@code @Named("luna")}.
 */
@Factory
class ResilientHttpClientFactory {

    @EachBean(ExternalSystemSettings.class)
    @Bean(preDestroy = "close")
    ResilientHttpClient client(ExternalSystemSettings settings, JsonMapper json, BeanContext context) {
        return ResilientHttpClient.create(settings.system(), settings, json, context);
    }

    @EachBean(ResilientHttpClient.class)
    CircuitBreaker circuitBreaker(ResilientHttpClient client) {
        return client.circuitBreaker();
    }
}
