package dk.sygesikring.dev.postgres;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When no JDBC URL is configured for a data source, starts an embedded PostgreSQL (real binaries
 * from Maven) and points the data source at it, before the pool is built. With
 * {@code DATASOURCES_DEFAULT_URL} set, nothing is started and the configured server is used.
 */
@Singleton
class EmbeddedPostgresStarter implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    private final EmbeddedPostgresSettings settings;

    EmbeddedPostgresStarter(@Value("${sygesikring.embedded-postgres.port:0}") int port,
                            @Value("${sygesikring.embedded-postgres.data-directory:}") @Nullable String dataDirectory) {
        this.settings = new EmbeddedPostgresSettings(port, dataDirectory == null || dataDirectory.isBlank() ? null : dataDirectory);
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String configuredUrl = configuration.getConfiguredUrl();
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return configuration;
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings);
        LOG.info("No JDBC URL configured for data source '{}': using embedded PostgreSQL at {}", configuration.getName(), server.jdbcUrl());
        configuration.setUrl(server.jdbcUrl());
        configuration.setUsername(EmbeddedPostgresServer.USER);
        configuration.setPassword(EmbeddedPostgresServer.USER);
        configuration.setDriverClassName("org.postgresql.Driver");
        return configuration;
    }
}
