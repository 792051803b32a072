package dk.sygesikring.adapters.persistence.configuration;

import dk.sygesikring.adapters.persistence.configuration.ConfigurationRepositories.ConfigurationChangeRepository;
import dk.sygesikring.application.port.out.ConfigurationChangeLogPort;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
class ConfigurationChangeLogPersistenceAdapter implements ConfigurationChangeLogPort {

    private final ConfigurationChangeRepository rows;

    ConfigurationChangeLogPersistenceAdapter(ConfigurationChangeRepository rows) {
        this.rows = rows;
    }

    @Override
    public void append(List<ConfigurationChange> changes) {
        rows.saveAll(changes.stream().map(ConfigurationMapper::toRow).toList());
    }

    @Override
    public List<ConfigurationChange> find(Filter filter) {
        return rows.find(filter.from().orElse(null), filter.until().orElse(null), filter.global(), filter.local(),
                        filter.localOf().map(MunicipalityCode::value).orElse(null), filter.limit())
                .stream().map(ConfigurationMapper::toChange).toList();
    }
}
