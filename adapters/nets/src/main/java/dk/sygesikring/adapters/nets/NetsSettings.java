package dk.sygesikring.adapters.nets;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Named;
import java.net.URI;
import org.slf4j.LoggerFactory;

/**
 * Settings of the Nets adapter (INT-3, INT-5), under {@code sygesikring.nets}, and the system they are of: the shared
 * factory gives them the client named {@value #NAME}, whose retries and circuit-breaker changes are WARN lines under
 * {@link NetsAdapter}. Besides the shared keys, {@code terms-url}: Nets's hosted checkout requires a link to the
 * terms, and the port's request has none. The secret keys are not here but in {@link NetsSecretKeys}. Every key and
 * its default is documented in docs/integrations/nets.md; keep the two in step.
 */
@Named(NetsSettings.NAME)
@ConfigurationProperties("sygesikring.nets")
class NetsSettings extends ExternalSystemSettings {

    static final String NAME = "nets";

    private URI termsUrl;

    NetsSettings() {
        super(new ExternalSystem(NAME, NetsAdapter.SYSTEM, LoggerFactory.getLogger(NetsAdapter.class), NetsUnavailableException::new));
    }

    /** The terms of the payment the hosted checkout links to (Nets's {@code checkout.termsUrl}); required. */
    public URI getTermsUrl() {
        return termsUrl;
    }

    public void setTermsUrl(URI termsUrl) {
        this.termsUrl = termsUrl;
    }
}
