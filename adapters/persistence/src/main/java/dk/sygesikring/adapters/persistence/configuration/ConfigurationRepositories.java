package dk.sygesikring.adapters.persistence.configuration;

import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.CardFeeAdjustmentRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.ConfigurationChangeRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.GlobalConfigurationRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.LocalConfigurationRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.TaskDeadlineRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class ConfigurationRepositories {

    private ConfigurationRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface GlobalConfigurationRepository extends GenericRepository<GlobalConfigurationRow, Boolean> {

        @Query("SELECT * FROM global_configuration")
        Optional<GlobalConfigurationRow> find();

        @Query("SELECT * FROM global_configuration FOR UPDATE")
        Optional<GlobalConfigurationRow> lock();

        void update(GlobalConfigurationRow row);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface TaskDeadlineRepository extends GenericRepository<TaskDeadlineRow, String> {

        List<TaskDeadlineRow> findAll();

        @Query("INSERT INTO task_deadline (task_type, days) VALUES (:taskType, :days)"
                + " ON CONFLICT (task_type) DO UPDATE SET days = EXCLUDED.days")
        void upsert(String taskType, int days);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CardFeeAdjustmentRepository extends GenericRepository<CardFeeAdjustmentRow, Integer> {

        List<CardFeeAdjustmentRow> findAll();

        void deleteAll();

        <S extends CardFeeAdjustmentRow> List<S> saveAll(Iterable<S> rows);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface LocalConfigurationRepository extends GenericRepository<LocalConfigurationRow, String> {

        Optional<LocalConfigurationRow> findById(String municipalityCode);

        @Query("SELECT * FROM local_configuration WHERE municipality_code = :municipalityCode FOR UPDATE")
        Optional<LocalConfigurationRow> lock(String municipalityCode);

        void update(LocalConfigurationRow row);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ConfigurationChangeRepository extends GenericRepository<ConfigurationChangeRow, Long> {

        <S extends ConfigurationChangeRow> List<S> saveAll(Iterable<S> rows);

        @Query("""
                SELECT * FROM configuration_change
                WHERE (CAST(:from AS timestamptz) IS NULL OR changed_at >= :from)
                  AND (CAST(:until AS timestamptz) IS NULL OR changed_at < :until)
                  AND ((municipality_code IS NULL AND :global)
                       OR (municipality_code IS NOT NULL AND :local
                           AND (CAST(:localOf AS text) IS NULL OR municipality_code = :localOf)))
                ORDER BY changed_at DESC, id DESC
                LIMIT :limit""")
        List<ConfigurationChangeRow> find(@Nullable Instant from, @Nullable Instant until, boolean global, boolean local,
                                          @Nullable String localOf, int limit);
    }
}
