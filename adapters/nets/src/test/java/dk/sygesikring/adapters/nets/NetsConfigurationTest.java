package dk.sygesikring.adapters.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.nets.NetsPort;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * INT-3, CFG-2: what the adapter needs to be created, and where the secret keys come from. The contexts here leave out
 * application-test.yml (no "test" environment), so that each test says exactly what is set.
 */
class NetsConfigurationTest {

    @Test
    @DisplayName("INT-3 without a url the adapter is not created and the error names the missing key")
    void INT3_without_a_url_the_adapter_is_not_created() {
        try (ApplicationContext context = context(Map.of("sygesikring.nets.terms-url", "https://sygesikring.example/vilkaar"))) {
            assertThatThrownBy(() -> context.getBean(NetsPort.class))
                    .hasStackTraceContaining("sygesikring.nets.url is not set");
        }
    }

    @Test
    @DisplayName("INT-3 without the terms' URL the adapter is not created and the error names the missing key")
    void INT3_without_a_terms_url_the_adapter_is_not_created() {
        try (ApplicationContext context = context(Map.of("sygesikring.nets.url", "http://localhost:8095"))) {
            assertThatThrownBy(() -> context.getBean(NetsPort.class))
                    .hasStackTraceContaining("sygesikring.nets.terms-url is not set");
        }
    }

    @Test
    @DisplayName("INT-3 with a url and the terms' URL the adapter is created with its defaults")
    void INT3_with_url_and_terms_url_the_adapter_is_created() {
        try (ApplicationContext context = context(Map.of("sygesikring.nets.url", "http://localhost:8095",
                "sygesikring.nets.terms-url", "https://sygesikring.example/vilkaar"))) {
            assertThat(context.getBean(NetsPort.class)).isInstanceOf(NetsAdapter.class);
            NetsSettings settings = context.getBean(NetsSettings.class);
            assertThat(settings.getReadTimeout()).hasSeconds(2);
            assertThat(settings.getConnectTimeout()).hasSeconds(1);
            assertThat(settings.getRetry().getMaxAttempts()).isEqualTo(3);
            assertThat(settings.getCircuitBreaker().getWaitDurationInOpenState()).hasSeconds(30);
        }
    }

    @Test
    @DisplayName("CFG-2 the secret keys are set by reference, from a configuration file or environment variables")
    void CFG2_secret_keys_are_set_by_reference_from_a_file_or_environment_variables() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .propertySources(PropertySource.of("mounted-secrets", Map.of(
                        "sygesikring.nets.secret-keys.nets-0101-2026", "live-secret-key-from-file-0101")))
                .propertySources(PropertySource.of("env", Map.of(
                        "SYGESIKRING_NETS_SECRET_KEYS_NETS_0147_2026", "live-secret-key-from-env-0147"),
                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE, PropertySource.Origin.of("env")))
                .start()) {
            NetsSecretKeys keys = context.getBean(NetsSecretKeys.class);

            assertThat(keys.key("nets-0101-2026")).isEqualTo("live-secret-key-from-file-0101");
            assertThat(keys.key("nets-0147-2026")).isEqualTo("live-secret-key-from-env-0147");
            assertThat(keys.toString()).doesNotContain("live-secret-key");
            assertThatThrownBy(() -> keys.key("nets-0860-2026")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SYGESIKRING_NETS_SECRET_KEYS_NETS_0860_2026");
        }
    }

    @Test
    @DisplayName("CFG-2 a reference that an environment variable cannot spell is a configuration defect")
    void CFG2_a_malformed_reference_is_a_configuration_defect() {
        try (ApplicationContext context = context(Map.of("sygesikring.nets.secret-keys.Nets_0101", "live-secret-key-0101"))) {
            assertThatThrownBy(() -> context.getBean(NetsSecretKeys.class).key("Nets_0101"))
                    .hasMessageStartingWith("a Nets secret key reference is lower-case letters, digits and hyphens, not 'Nets_0101'")
                    .hasMessageNotContaining("live-secret-key");
        }
    }

    @Test
    @DisplayName("CFG-2 a blank key is no key")
    void CFG2_a_blank_key_is_no_key() {
        try (ApplicationContext context = context(Map.of("sygesikring.nets.secret-keys.nets-0101-2026", " "))) {
            assertThatThrownBy(() -> context.getBean(NetsSecretKeys.class).key("nets-0101-2026"))
                    .hasMessageStartingWith("no Nets secret key is set for the reference 'nets-0101-2026'");
        }
    }

    private static ApplicationContext context(Map<String, Object> properties) {
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties).start();
    }
}
