package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;

/** Stores a changed configuration in the caller's transaction (CFG-3: together with its audit lines). */
public interface SaveConfigurationPort {

    void saveGlobal(GlobalConfiguration configuration);

    void saveLocal(LocalConfiguration configuration);
}
