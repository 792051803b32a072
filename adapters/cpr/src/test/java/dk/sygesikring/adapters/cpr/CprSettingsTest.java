package dk.sygesikring.adapters.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The defaults documented in docs/integrations/cpr.md. */
class CprSettingsTest {

    @Test
    @DisplayName("INT-5 defaults are the documented ones")
    void INT5_defaults_are_the_documented_ones() {
        CprSettings settings = new CprSettings();

        assertThat(settings.getUrl()).isNull();
        assertThat(settings.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.getReadTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.getRetry().getMaxAttempts()).isEqualTo(3);
        assertThat(settings.getRetry().getInitialWait()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.getRetry().getMultiplier()).isEqualTo(2.0);
        assertThat(settings.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(10);
        assertThat(settings.getCircuitBreaker().getMinimumNumberOfCalls()).isEqualTo(5);
        assertThat(settings.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(50f);
        assertThat(settings.getCircuitBreaker().getWaitDurationInOpenState()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.getCircuitBreaker().getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
    }
}
