package dk.sygesikring.adapters.digitalpost;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Named;
import org.slf4j.LoggerFactory;

/**
 * Settings of the Digital Post adapter (INT-4, INT-5), under {@code sygesikring.digital-post}, and the system they are of: the shared
 * factory gives them the client named {@value #NAME}, whose retries and circuit-breaker changes are WARN lines under
 * {@link DigitalPostAdapter}. Every key and its default is documented in docs/integrations/digital-post.md; keep the two in step.
 */
@Named(DigitalPostSettings.NAME)
@ConfigurationProperties("sygesikring.digital-post")
class DigitalPostSettings extends ExternalSystemSettings {

    static final String NAME = "digital-post";

    DigitalPostSettings() {
        super(new ExternalSystem(NAME, DigitalPostAdapter.SYSTEM, LoggerFactory.getLogger(DigitalPostAdapter.class), DigitalPostUnavailableException::new));
    }
}
