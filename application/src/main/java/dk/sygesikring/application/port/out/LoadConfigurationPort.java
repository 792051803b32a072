package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.Optional;

/**
 * The business parameters (CFG-1, CFG-2), read where they are kept on every call: a change made on any instance
 * holds for the next request on every other one, without a restart.
 */
public interface LoadConfigurationPort {

    /** The global configuration, for all 98 municipalities. */
    GlobalConfiguration loadGlobal();

    /** The municipality's local configuration; empty for a code that is no municipality. */
    Optional<LocalConfiguration> loadLocal(MunicipalityCode municipality);

    /** As {@link #loadGlobal()}, locked until the caller's transaction ends, so that concurrent changes queue. */
    GlobalConfiguration lockGlobal();

    /** As {@link #loadLocal}, locked until the caller's transaction ends. */
    Optional<LocalConfiguration> lockLocal(MunicipalityCode municipality);
}
