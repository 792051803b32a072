package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The audit of configuration changes (CFG-3): appended in the changing transaction, never altered. */
public interface ConfigurationChangeLogPort {

    void append(List<ConfigurationChange> changes);

    /** The changes the filter lets through, newest first, at most {@code limit}. */
    List<ConfigurationChange> find(Filter filter);

    /**
     * @param from     changes at or after this moment, or from the start
     * @param until    changes before this moment, or up to now
     * @param global   include changes of the global configuration
     * @param local    include changes of local configurations
     * @param localOf  the one municipality whose local changes are included; empty: every municipality's
     */
    record Filter(Optional<Instant> from, Optional<Instant> until, boolean global, boolean local,
                  Optional<MunicipalityCode> localOf, int limit) {
    }
}
