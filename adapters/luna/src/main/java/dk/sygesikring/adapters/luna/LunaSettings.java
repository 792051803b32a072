package dk.sygesikring.adapters.luna;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Named;
import org.slf4j.LoggerFactory;

/**
 * Settings of the LUNA adapter (INT-1, INT-5), under {@code sygesikring.luna}, and the system they are of: the shared
 * factory gives them the client named {@value #NAME}, whose retries and circuit-breaker changes are WARN lines under
 * {@link LunaAdapter}. Every key and its default is documented in docs/integrations/luna.md; keep the two in step.
 */
@Named(LunaSettings.NAME)
@ConfigurationProperties("sygesikring.luna")
class LunaSettings extends ExternalSystemSettings {

    static final String NAME = "luna";

    LunaSettings() {
        super(new ExternalSystem(NAME, LunaAdapter.SYSTEM, LoggerFactory.getLogger(LunaAdapter.class), LunaUnavailableException::new));
    }
}
