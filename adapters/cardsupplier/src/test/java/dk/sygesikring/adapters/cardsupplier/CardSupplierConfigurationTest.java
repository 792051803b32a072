package dk.sygesikring.adapters.cardsupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.cardsupplier.CardSupplierPort;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardSupplierConfigurationTest {

    @Test
    @DisplayName("CARD-1 without a url the adapter is not created and the error names the missing key")
    void CARD1_without_a_url_the_adapter_is_not_created_and_the_error_names_the_missing_key() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThatThrownBy(() -> context.getBean(CardSupplierPort.class))
                    .hasStackTraceContaining("sygesikring.card-supplier.url is not set");
        }
    }

    @Test
    @DisplayName("INT-5 the shared keys under sygesikring.card-supplier set the client named card-supplier, the others keep their defaults")
    void INT5_the_shared_keys_under_card_supplier_bind_with_their_defaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "sygesikring.card-supplier.url", "http://card-supplier:8094/base",
                "sygesikring.card-supplier.read-timeout", "5s",
                "sygesikring.card-supplier.retry.max-attempts", "4",
                "sygesikring.card-supplier.circuit-breaker.wait-duration-in-open-state", "1m"))) {
            ExternalSystemSettings settings = context.getBean(ExternalSystemSettings.class, Qualifiers.byName("card-supplier"));

            assertThat(settings).isInstanceOf(CardSupplierSettings.class);
            assertThat(settings.system().name()).isEqualTo("Card supplier");
            assertThat(settings.system().settingsPrefix()).isEqualTo("sygesikring.card-supplier");
            assertThat(settings.getUrl()).isEqualTo(URI.create("http://card-supplier:8094/base"));
            assertThat(settings.getReadTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.getConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(settings.getRetry().getMaxAttempts()).isEqualTo(4);
            assertThat(settings.getRetry().getMultiplier()).isEqualTo(2.0);
            assertThat(settings.getCircuitBreaker().getWaitDurationInOpenState()).isEqualTo(Duration.ofMinutes(1));
            assertThat(settings.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(10);
            assertThat(context.getBean(CardSupplierPort.class)).isInstanceOf(CardSupplierAdapter.class);
        }
    }
}
