package dk.sygesikring.server.config;

import dk.sygesikring.application.port.out.BusinessParametersPort;
import dk.sygesikring.domain.doctorchoice.DistanceLimit;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The global business parameters (CFG-1), from configuration for now: `sygesikring.business.*`. Administrators
 * changing them at run time, with an audit trail (CFG-3), comes with the configuration issue.
 */
@Singleton
class BusinessParameters implements BusinessParametersPort {

    private final DistanceLimit choiceListDistanceLimit;

    BusinessParameters(@Value("${sygesikring.business.choice-list-distance-km:15}") double choiceListDistanceKm) {
        this.choiceListDistanceLimit = new DistanceLimit(choiceListDistanceKm);
    }

    @Override
    public DistanceLimit choiceListDistanceLimit() {
        return choiceListDistanceLimit;
    }
}
