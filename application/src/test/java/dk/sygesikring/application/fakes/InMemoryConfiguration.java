package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ConfigurationChangeLogPort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.SaveConfigurationPort;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configuration store and its change log in memory, as the persistence adapter keeps them in PostgreSQL. */
public final class InMemoryConfiguration implements LoadConfigurationPort, SaveConfigurationPort, ConfigurationChangeLogPort {

    public GlobalConfiguration global;
    public final Map<MunicipalityCode, LocalConfiguration> locals = new HashMap<>();
    public final List<ConfigurationChange> changes = new ArrayList<>();

    public InMemoryConfiguration(GlobalConfiguration global, LocalConfiguration... locals) {
        this.global = global;
        for (LocalConfiguration local : locals) {
            this.locals.put(local.municipality(), local);
        }
    }

    @Override
    public GlobalConfiguration loadGlobal() {
        return global;
    }

    @Override
    public Optional<LocalConfiguration> loadLocal(MunicipalityCode municipality) {
        return Optional.ofNullable(locals.get(municipality));
    }

    @Override
    public GlobalConfiguration lockGlobal() {
        return loadGlobal();
    }

    @Override
    public Optional<LocalConfiguration> lockLocal(MunicipalityCode municipality) {
        return loadLocal(municipality);
    }

    @Override
    public void saveGlobal(GlobalConfiguration configuration) {
        global = configuration;
    }

    @Override
    public void saveLocal(LocalConfiguration configuration) {
        if (!locals.containsKey(configuration.municipality())) {
            throw new IllegalStateException("no such municipality " + configuration.municipality());
        }
        locals.put(configuration.municipality(), configuration);
    }

    @Override
    public void append(List<ConfigurationChange> appended) {
        changes.addAll(appended);
    }

    @Override
    public List<ConfigurationChange> find(Filter filter) {
        return changes.stream()
                .filter(change -> filter.from().map(from -> !change.changedAt().isBefore(from)).orElse(true))
                .filter(change -> filter.until().map(until -> change.changedAt().isBefore(until)).orElse(true))
                .filter(change -> change.isGlobal()
                        ? filter.global()
                        : filter.local() && filter.localOf().map(change.municipality().get()::equals).orElse(true))
                .sorted(Comparator.comparing(ConfigurationChange::changedAt).reversed())
                .limit(filter.limit())
                .toList();
    }
}
