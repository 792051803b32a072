package dk.sygesikring.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Named;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The one factory: each system's settings bean gets its own client and circuit breaker, as the adapters use them. */
class ResilientHttpClientFactoryTest {

    static class AlphaUnavailableException extends TransientFailureException {
        AlphaUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Named("alpha")
    @ConfigurationProperties("sygesikring.alpha")
    static class AlphaSettings extends ExternalSystemSettings {
        AlphaSettings() {
            super(new ExternalSystem("alpha", "Alpha", LoggerFactory.getLogger(AlphaSettings.class), AlphaUnavailableException::new));
        }
    }

    @Named("beta")
    @ConfigurationProperties("sygesikring.beta")
    static class BetaSettings extends ExternalSystemSettings {
        BetaSettings() {
            super(new ExternalSystem("beta", "Beta", LoggerFactory.getLogger(BetaSettings.class), TransientFailureException::new));
        }
    }

    @Test
    @DisplayName("INT-5 (wiring) each external system gets a client and a circuit breaker of its own name, built from its own settings")
    void INT5_a_client_and_circuit_breaker_per_system() {
        Map<String, Object> keys = Map.of(
                "sygesikring.alpha.url", "http://127.0.0.1:9",
                "sygesikring.alpha.retry.initial-wait", "10ms",
                "sygesikring.beta.url", "http://127.0.0.1:9",
                "sygesikring.beta.circuit-breaker.sliding-window-size", "20");

        try (ApplicationContext context = ApplicationContext.run(keys)) {
            ResilientHttpClient alpha = context.getBean(ResilientHttpClient.class, Qualifiers.byName("alpha"));
            ResilientHttpClient beta = context.getBean(ResilientHttpClient.class, Qualifiers.byName("beta"));

            assertThat(alpha).isNotSameAs(beta);
            assertThat(context.getBean(CircuitBreaker.class, Qualifiers.byName("beta"))).isSameAs(beta.circuitBreaker());
            assertThat(alpha.circuitBreaker().getName()).isEqualTo("alpha");
            assertThat(beta.circuitBreaker().getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(20);
            assertThat(alpha.circuitBreaker().getCircuitBreakerConfig().getSlidingWindowSize()).as("the default").isEqualTo(10);
            assertThatThrownBy(() -> alpha.exchange("the ping", HttpRequest.GET("/ping"), 200))
                    .as("nobody listens: the failure names the system, by name and by its own exception type")
                    .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                            e -> assertThat(e.system()).isEqualTo("Alpha"))
                    .hasCauseInstanceOf(AlphaUnavailableException.class);
        }
    }
}
