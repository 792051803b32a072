package dk.sygesikring.resilience;

import io.micronaut.context.annotation.ConfigurationBuilder;
import java.net.URI;
import java.time.Duration;

/**
 * Where an external system is and how patiently it is called: URL, timeouts, retry and circuit breaker, with the
 * defaults every adapter shares. An adapter binds it to its own prefix with an empty subclass, e.g.
 * {@code @ConfigurationProperties("sygesikring.cpr") class CprSettings extends HttpResilienceSettings {}}; the keys
 * below the prefix ({@code url}, {@code connect-timeout}, {@code retry.max-attempts}, ...) and their defaults are
 * documented per system in docs/integrations; keep them in step.
 */
public class HttpResilienceSettings {

    private URI url;
    private Duration connectTimeout = Duration.ofSeconds(1);
    private Duration readTimeout = Duration.ofSeconds(2);

    @ConfigurationBuilder(configurationPrefix = "retry", prefixes = "set")
    protected final RetrySettings retry = new RetrySettings();

    @ConfigurationBuilder(configurationPrefix = "circuit-breaker", prefixes = "set")
    protected final CircuitBreakerSettings circuitBreaker = new CircuitBreakerSettings();

    /** Base URL of the system (or of its simulator); required. */
    public URI getUrl() {
        return url;
    }

    public void setUrl(URI url) {
        this.url = url;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public RetrySettings getRetry() {
        return retry;
    }

    public CircuitBreakerSettings getCircuitBreaker() {
        return circuitBreaker;
    }

    /** Retry with exponential backoff: waits initialWait, initialWait * multiplier, ... between attempts. */
    public static class RetrySettings {

        private int maxAttempts = 3;
        private Duration initialWait = Duration.ofMillis(200);
        private double multiplier = 2.0;

        /** Attempts in total, the first call included. */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialWait() {
            return initialWait;
        }

        public void setInitialWait(Duration initialWait) {
            this.initialWait = initialWait;
        }

        public double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }
    }

    /** Count-based circuit breaker: every HTTP attempt is one call in the sliding window. */
    public static class CircuitBreakerSettings {

        private int slidingWindowSize = 10;
        private int minimumNumberOfCalls = 5;
        private float failureRateThreshold = 50;
        private Duration waitDurationInOpenState = Duration.ofSeconds(30);
        private int permittedNumberOfCallsInHalfOpenState = 2;

        public int getSlidingWindowSize() {
            return slidingWindowSize;
        }

        public void setSlidingWindowSize(int slidingWindowSize) {
            this.slidingWindowSize = slidingWindowSize;
        }

        public int getMinimumNumberOfCalls() {
            return minimumNumberOfCalls;
        }

        public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
            this.minimumNumberOfCalls = minimumNumberOfCalls;
        }

        /** In percent. */
        public float getFailureRateThreshold() {
            return failureRateThreshold;
        }

        public void setFailureRateThreshold(float failureRateThreshold) {
            this.failureRateThreshold = failureRateThreshold;
        }

        public Duration getWaitDurationInOpenState() {
            return waitDurationInOpenState;
        }

        public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
            this.waitDurationInOpenState = waitDurationInOpenState;
        }

        public int getPermittedNumberOfCallsInHalfOpenState() {
            return permittedNumberOfCallsInHalfOpenState;
        }

        public void setPermittedNumberOfCallsInHalfOpenState(int permittedNumberOfCallsInHalfOpenState) {
            this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
        }
    }
}
