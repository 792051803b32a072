package dk.sygesikring.adapters.digitalpost;

import dk.sygesikring.resilience.HttpResilienceSettings;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the Digital Post adapter (INT-4, INT-5), under {@code sygesikring.digital-post}. Every key and its
 * default is documented in docs/integrations/digital-post.md; keep the two in step.
 */
@ConfigurationProperties("sygesikring.digital-post")
class DigitalPostSettings extends HttpResilienceSettings {
}
