package dk.sygesikring.server.config;

import dk.sygesikring.application.practitioner.SynchronisationLimits;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** INT-1: how far one synchronisation of the practitioner register with LUNA may go (docs/integrations/luna.md). */
@Factory
class PractitionerSynchronisationSettings {

    @Singleton
    SynchronisationLimits limits(@Value("${sygesikring.practitioner-sync.max-closed-percent:10}") int maxClosedPercent) {
        return new SynchronisationLimits(maxClosedPercent);
    }
}
