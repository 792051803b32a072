package dk.sygesikring.resilience;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Retry with exponential backoff wrapped around a count-based circuit breaker, for one external system (INT-5),
 * built with Resilience4j core (resilience4j-micronaut targets Micronaut 3; its annotations do nothing on 4).
 *
 * <p>The retry wraps the circuit breaker, so every attempt is one call in the breaker's window: an outage opens the
 * circuit after a handful of failed attempts rather than after that many exhausted retry series, and once it is open
 * the next attempt fails with {@link CallNotPermittedException}, which is not retried: no request, no backoff wait.
 * Only a {@link TransientFailureException} is retried and counted as a failure; any other outcome is an answer.
 *
 * <p>Its meters carry the tag {@code name=<id of the system>}.
 */
final class HttpResilience implements MeterBinder {

    private final String name;
    private final RetryRegistry retryRegistry;
    private final CircuitBreakerRegistry circuitBreakerRegistry;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    HttpResilience(ExternalSystem system, HttpResilienceSettings settings) {
        this.name = system.name();
        this.retryRegistry = RetryRegistry.of(retryConfig(settings.getRetry()));
        this.circuitBreakerRegistry = CircuitBreakerRegistry.of(circuitBreakerConfig(settings.getCircuitBreaker()));
        this.retry = retryRegistry.retry(system.id());
        this.circuitBreaker = circuitBreakerRegistry.circuitBreaker(system.id());
        int maxAttempts = retry.getRetryConfig().getMaxAttempts();
        Logger log = system.log();
        retry.getEventPublisher().onRetry(event -> log.warn("{} attempt {} of {} failed, retrying in {} ms: {}",
                name, event.getNumberOfRetryAttempts(), maxAttempts, event.getWaitInterval().toMillis(),
                event.getLastThrowable().getMessage()));
        circuitBreaker.getEventPublisher().onStateTransition(event ->
                log.warn("{} circuit breaker: {}", name, event.getStateTransition()));
    }

    /**
     * Runs the attempt until it gives an answer, as often as the retry allows and the circuit breaker permits.
     *
     * @throws ExternalSystemUnavailableException after the last failed attempt, or at once while the circuit is
     *                                            open; its cause is the last failure
     */
    <T> T call(Supplier<T> attempt) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, attempt)).get();
        } catch (CallNotPermittedException e) {
            throw new ExternalSystemUnavailableException(name,
                    name + " is not called while its circuit breaker is open after repeated failures", e);
        } catch (TransientFailureException e) {
            throw new ExternalSystemUnavailableException(name, name + " did not answer after "
                    + retry.getRetryConfig().getMaxAttempts() + " attempts: " + e.getMessage(), e);
        }
    }

    CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        TaggedRetryMetrics.ofRetryRegistry(retryRegistry).bindTo(registry);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakerRegistry).bindTo(registry);
    }

    private static RetryConfig retryConfig(HttpResilienceSettings.RetrySettings retry) {
        return RetryConfig.custom()
                .maxAttempts(retry.getMaxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(retry.getInitialWait(), retry.getMultiplier()))
                .retryOnException(TransientFailureException.class::isInstance)
                .build();
    }

    private static CircuitBreakerConfig circuitBreakerConfig(HttpResilienceSettings.CircuitBreakerSettings breaker) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.getSlidingWindowSize())
                .minimumNumberOfCalls(breaker.getMinimumNumberOfCalls())
                .failureRateThreshold(breaker.getFailureRateThreshold())
                .waitDurationInOpenState(breaker.getWaitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.getPermittedNumberOfCallsInHalfOpenState())
                // every other outcome counts as a successful call: the system answered
                .recordException(TransientFailureException.class::isInstance)
                .build();
    }
}
