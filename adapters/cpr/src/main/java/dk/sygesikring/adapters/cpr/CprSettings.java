package dk.sygesikring.adapters.cpr;

import dk.sygesikring.resilience.HttpResilienceSettings;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the CPR adapter (INT-2, INT-5), under {@code sygesikring.cpr}. Every key and its default
 * is documented in docs/integrations/cpr.md; keep the two in step.
 */
@ConfigurationProperties("sygesikring.cpr")
class CprSettings extends HttpResilienceSettings {
}
