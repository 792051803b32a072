package dk.sygesikring.application.configuration;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The audit of configuration changes (CFG-3): who changed which setting when, from what to what. */
public interface ReadConfigurationChangesUseCase {

    Outcome<List<ConfigurationChange>> changes(Query query);

    enum Scope { GLOBAL, LOCAL }

    /**
     * Filters that narrow what the reader may see; each one given narrows further.
     *
     * @param from         changes on or after this day (Danish time)
     * @param to           changes on or before this day
     * @param scope        only global or only local changes
     * @param municipality only the local changes of this municipality
     * @param limit        at most this many, newest first
     */
    record Query(Actor reader, Optional<LocalDate> from, Optional<LocalDate> to, Optional<Scope> scope,
                 Optional<MunicipalityCode> municipality, int limit) {

        public static final int MOST = 1000;

        public Query {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(municipality, "municipality");
            if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
                throw new IllegalArgumentException("from must not be after to");
            }
            if (limit < 1 || limit > MOST) {
                throw new IllegalArgumentException("limit is 1 to " + MOST);
            }
        }
    }
}
