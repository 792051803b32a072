package dk.sygesikring.adapters.cpr;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Named;
import org.slf4j.LoggerFactory;

/**
 * Settings of the CPR adapter (INT-2, INT-5), under {@code sygesikring.cpr}, and the system they are of: the shared
 * factory gives them the client named {@value #NAME}, whose retries and circuit-breaker changes are WARN lines under
 * {@link CprLookupAdapter}. Every key and its default is documented in docs/integrations/cpr.md; keep the two in step.
 */
@Named(CprSettings.NAME)
@ConfigurationProperties("sygesikring.cpr")
class CprSettings extends ExternalSystemSettings {

    static final String NAME = "cpr";

    CprSettings() {
        super(new ExternalSystem(NAME, CprLookupAdapter.SYSTEM, LoggerFactory.getLogger(CprLookupAdapter.class), CprUnavailableException::new));
    }
}
