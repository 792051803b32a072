package dk.sygesikring.adapters.cpr;

import dk.sygesikring.adapters.cpr.CprSettings.CircuitBreakerSettings;
import dk.sygesikring.adapters.cpr.CprSettings.RetrySettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resilience4j core, used programmatically (resilience4j-micronaut targets Micronaut 3 and its annotations
 * do nothing on Micronaut 4). Only {@link CprUnavailableException} is retried and counted as a failure:
 * a 404 is an answer, and a defect does not go away by asking again.
 */
@Factory
class CprResilienceFactory {

    static final String NAME = "cpr";
    private static final Logger LOG = LoggerFactory.getLogger(CprResilienceFactory.class);

    @Singleton
    @Named(NAME)
    RetryRegistry cprRetryRegistry(CprSettings settings) {
        RetrySettings retry = settings.getRetry();
        return RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(retry.getMaxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(retry.getInitialWait(), retry.getMultiplier()))
                .retryOnException(CprUnavailableException.class::isInstance)
                .build());
    }

    @Singleton
    @Named(NAME)
    Retry cprRetry(@Named(NAME) RetryRegistry registry) {
        Retry retry = registry.retry(NAME);
        int maxAttempts = retry.getRetryConfig().getMaxAttempts();
        retry.getEventPublisher().onRetry(event -> LOG.warn("CPR attempt {} of {} failed, retrying in {} ms: {}",
                event.getNumberOfRetryAttempts(), maxAttempts, event.getWaitInterval().toMillis(),
                event.getLastThrowable().getMessage()));
        return retry;
    }

    @Singleton
    @Named(NAME)
    CircuitBreakerRegistry cprCircuitBreakerRegistry(CprSettings settings) {
        CircuitBreakerSettings breaker = settings.getCircuitBreaker();
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.getSlidingWindowSize())
                .minimumNumberOfCalls(breaker.getMinimumNumberOfCalls())
                .failureRateThreshold(breaker.getFailureRateThreshold())
                .waitDurationInOpenState(breaker.getWaitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.getPermittedNumberOfCallsInHalfOpenState())
                // every other outcome counts as a successful call: CPR answered
                .recordException(CprUnavailableException.class::isInstance)
                .build());
    }

    @Singleton
    @Named(NAME)
    CircuitBreaker cprCircuitBreaker(@Named(NAME) CircuitBreakerRegistry registry) {
        CircuitBreaker circuitBreaker = registry.circuitBreaker(NAME);
        circuitBreaker.getEventPublisher().onStateTransition(event ->
                LOG.warn("CPR circuit breaker: {}", event.getStateTransition()));
        return circuitBreaker;
    }

    /** Bound to the MeterRegistry by micronaut-micrometer when metrics are enabled; unused otherwise. */
    @Singleton
    @Named(NAME)
    TaggedRetryMetrics cprRetryMetrics(@Named(NAME) RetryRegistry registry) {
        return TaggedRetryMetrics.ofRetryRegistry(registry);
    }

    @Singleton
    @Named(NAME)
    TaggedCircuitBreakerMetrics cprCircuitBreakerMetrics(@Named(NAME) CircuitBreakerRegistry registry) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry);
    }
}
