package dk.sygesikring.adapters.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.print.PrintPort;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrintConfigurationTest {

    @Test
    @DisplayName("LET-5 without a url the adapter calls the print simulator's default address, with the shared defaults")
    void LET5_without_a_url_the_adapter_calls_the_default_address() {
        try (ApplicationContext context = ApplicationContext.run()) {
            ExternalSystemSettings settings = context.getBean(ExternalSystemSettings.class, Qualifiers.byName("print"));

            assertThat(settings.getUrl()).isEqualTo(URI.create("http://localhost:8096"));
            assertThat(settings.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
            // application-test.yml shortens the read timeout, the first wait and the open state; these keep theirs
            assertThat(settings.getRetry().getMaxAttempts()).isEqualTo(3);
            assertThat(settings.getRetry().getMultiplier()).isEqualTo(2.0);
            assertThat(settings.getCircuitBreaker().getMinimumNumberOfCalls()).isEqualTo(5);
            assertThat(settings.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(50);
            assertThat(context.getBean(PrintPort.class)).isInstanceOf(PrintAdapter.class);
        }
    }

    @Test
    @DisplayName("INT-4 the shared keys under sygesikring.print set the client named print, the others keep their defaults")
    void INT4_the_shared_keys_under_print_bind_with_their_defaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "sygesikring.print.url", "https://print.serviceplatformen.example/base",
                "sygesikring.print.read-timeout", "5s",
                "sygesikring.print.retry.max-attempts", "4",
                "sygesikring.print.circuit-breaker.wait-duration-in-open-state", "1m"))) {
            ExternalSystemSettings settings = context.getBean(ExternalSystemSettings.class, Qualifiers.byName("print"));

            assertThat(settings).isInstanceOf(PrintSettings.class);
            assertThat(settings.system().name()).isEqualTo("Remote print");
            assertThat(settings.system().settingsPrefix()).isEqualTo("sygesikring.print");
            assertThat(settings.getUrl()).isEqualTo(URI.create("https://print.serviceplatformen.example/base"));
            assertThat(settings.getReadTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(settings.getRetry().getMaxAttempts()).isEqualTo(4);
            assertThat(settings.getRetry().getMultiplier()).isEqualTo(2.0);
            assertThat(settings.getCircuitBreaker().getWaitDurationInOpenState()).isEqualTo(Duration.ofMinutes(1));
            assertThat(settings.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(10);
            assertThat(context.getBean(PrintPort.class)).isInstanceOf(PrintAdapter.class);
        }
    }
}
