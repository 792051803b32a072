package dk.sygesikring.adapters.luna;

import dk.sygesikring.resilience.HttpResilienceSettings;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the LUNA adapter (INT-1, INT-5), under {@code sygesikring.luna}. Every key and its default
 * is documented in docs/integrations/luna.md; keep the two in step.
 */
@ConfigurationProperties("sygesikring.luna")
class LunaSettings extends HttpResilienceSettings {
}
