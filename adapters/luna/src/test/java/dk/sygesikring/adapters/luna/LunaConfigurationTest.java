package dk.sygesikring.adapters.luna;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.luna.LunaPort;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LunaConfigurationTest {

    @Test
    @DisplayName("INT-1 without a url the adapter is not created and the error names the missing key")
    void INT1_without_a_url_the_adapter_is_not_created_and_the_error_names_the_missing_key() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThatThrownBy(() -> context.getBean(LunaPort.class))
                    .hasStackTraceContaining("sygesikring.luna.url is not set");
        }
    }
}
