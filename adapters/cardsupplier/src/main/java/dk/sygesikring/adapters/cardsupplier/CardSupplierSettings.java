package dk.sygesikring.adapters.cardsupplier;

import dk.sygesikring.resilience.ExternalSystem;
import dk.sygesikring.resilience.ExternalSystemSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Named;
import org.slf4j.LoggerFactory;

/**
 * Settings of the card supplier adapter (CARD-1, INT-5), under {@code sygesikring.card-supplier}, and the system they
 * are of: the shared factory gives them the client named {@value #NAME}, whose retries and circuit-breaker changes are
 * WARN lines under {@link CardSupplierAdapter}. Every key and its default is documented in
 * docs/integrations/card-supplier.md; keep the two in step.
 */
@Named(CardSupplierSettings.NAME)
@ConfigurationProperties("sygesikring.card-supplier")
class CardSupplierSettings extends ExternalSystemSettings {

    static final String NAME = "card-supplier";

    CardSupplierSettings() {
        super(new ExternalSystem(NAME, CardSupplierAdapter.SYSTEM, LoggerFactory.getLogger(CardSupplierAdapter.class),
                CardSupplierUnavailableException::new));
    }
}
