package dk.sygesikring.adapters.digitalpost;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DigitalPostConfigurationTest {

    @Test
    @DisplayName("INT-4 without a url the adapter is not created and the error names the missing key")
    void INT4_without_a_url_the_adapter_is_not_created_and_the_error_names_the_missing_key() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThatThrownBy(() -> context.getBean(DigitalPostPort.class))
                    .hasStackTraceContaining("sygesikring.digital-post.url is not set");
        }
    }
}
