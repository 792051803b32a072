package dk.sygesikring.adapters.persistence.configuration;

import dk.sygesikring.adapters.persistence.configuration.ConfigurationRepositories.CardFeeAdjustmentRepository;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRepositories.GlobalConfigurationRepository;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRepositories.LocalConfigurationRepository;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRepositories.TaskDeadlineRepository;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.GlobalConfigurationRow;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.SaveConfigurationPort;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configuration in PostgreSQL (V9), read on every call: no copy is kept in memory, so a change made through any
 * instance holds for the next request on all of them (ADR 0015). Three small primary-key reads per global read.
 */
@Singleton
class ConfigurationPersistenceAdapter implements LoadConfigurationPort, SaveConfigurationPort {

    private final GlobalConfigurationRepository global;
    private final TaskDeadlineRepository deadlines;
    private final CardFeeAdjustmentRepository adjustments;
    private final LocalConfigurationRepository locals;

    ConfigurationPersistenceAdapter(GlobalConfigurationRepository global, TaskDeadlineRepository deadlines,
                                    CardFeeAdjustmentRepository adjustments, LocalConfigurationRepository locals) {
        this.global = global;
        this.deadlines = deadlines;
        this.adjustments = adjustments;
        this.locals = locals;
    }

    @Override
    public GlobalConfiguration loadGlobal() {
        return assemble(global::find);
    }

    @Override
    public GlobalConfiguration lockGlobal() {
        return assemble(global::lock);
    }

    @Override
    public Optional<LocalConfiguration> loadLocal(MunicipalityCode municipality) {
        return locals.findById(municipality.value()).map(ConfigurationMapper::toLocal);
    }

    @Override
    public Optional<LocalConfiguration> lockLocal(MunicipalityCode municipality) {
        return locals.lock(municipality.value()).map(ConfigurationMapper::toLocal);
    }

    @Override
    public void saveGlobal(GlobalConfiguration configuration) {
        global.update(ConfigurationMapper.toRow(configuration));
        configuration.taskDeadlines().days().forEach((type, days) -> deadlines.upsert(type.name(), days.count()));
        adjustments.deleteAll();
        adjustments.saveAll(ConfigurationMapper.adjustmentRows(configuration.cardFee()));
    }

    @Override
    public void saveLocal(LocalConfiguration configuration) {
        locals.update(ConfigurationMapper.toRow(configuration));
    }

    private GlobalConfiguration assemble(Supplier<Optional<GlobalConfigurationRow>> row) {
        GlobalConfigurationRow found = row.get().orElseThrow(() ->
                new IllegalStateException("the global configuration is missing: migration V9 inserts it"));
        return ConfigurationMapper.toGlobal(found, deadlines.findAll(), adjustments.findAll());
    }
}
