package dk.sygesikring.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The keys docs/integrations documents for every system, bound the way an adapter binds them. The defaults are
 * proven through the CPR adapter's settings (CprSettingsTest).
 */
class HttpResilienceSettingsTest {

    @ConfigurationProperties("sygesikring.some-system")
    static class SomeSystemSettings extends HttpResilienceSettings {
    }

    @Test
    @DisplayName("INT-5 every key binds under the prefix of the system")
    void INT5_every_key_binds_under_the_prefix_of_the_system() {
        Map<String, Object> keys = Map.ofEntries(
                Map.entry("sygesikring.some-system.url", "http://some-system:8093/base"),
                Map.entry("sygesikring.some-system.connect-timeout", "250ms"),
                Map.entry("sygesikring.some-system.read-timeout", "4s"),
                Map.entry("sygesikring.some-system.retry.max-attempts", "5"),
                Map.entry("sygesikring.some-system.retry.initial-wait", "50ms"),
                Map.entry("sygesikring.some-system.retry.multiplier", "1.5"),
                Map.entry("sygesikring.some-system.circuit-breaker.sliding-window-size", "20"),
                Map.entry("sygesikring.some-system.circuit-breaker.minimum-number-of-calls", "8"),
                Map.entry("sygesikring.some-system.circuit-breaker.failure-rate-threshold", "75"),
                Map.entry("sygesikring.some-system.circuit-breaker.wait-duration-in-open-state", "1m"),
                Map.entry("sygesikring.some-system.circuit-breaker.permitted-number-of-calls-in-half-open-state", "3"));

        try (ApplicationContext context = ApplicationContext.run(keys)) {
            HttpResilienceSettings settings = context.getBean(SomeSystemSettings.class);

            assertThat(settings.getUrl()).isEqualTo(URI.create("http://some-system:8093/base"));
            assertThat(settings.getConnectTimeout()).isEqualTo(Duration.ofMillis(250));
            assertThat(settings.getReadTimeout()).isEqualTo(Duration.ofSeconds(4));
            assertThat(settings.getRetry().getMaxAttempts()).isEqualTo(5);
            assertThat(settings.getRetry().getInitialWait()).isEqualTo(Duration.ofMillis(50));
            assertThat(settings.getRetry().getMultiplier()).isEqualTo(1.5);
            assertThat(settings.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(20);
            assertThat(settings.getCircuitBreaker().getMinimumNumberOfCalls()).isEqualTo(8);
            assertThat(settings.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(75f);
            assertThat(settings.getCircuitBreaker().getWaitDurationInOpenState()).isEqualTo(Duration.ofMinutes(1));
            assertThat(settings.getCircuitBreaker().getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
        }
    }
}
