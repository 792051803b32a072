package dk.sygesikring.server.support;

import com.zaxxer.hikari.HikariConfig;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the database every test class of the JVM shares is (the embedded PostgreSQL, or the one
 * {@code DATASOURCES_DEFAULT_URL} names), noted by the first application context that starts, so that
 * {@link LeaveTheSharedDatabaseAsFound} can reach it before and after a class, when no context is running.
 */
@Context
@Requires(env = Environment.TEST)
public class SharedDatabase {

    private record Address(String url, String user, String password) {
    }

    private static volatile Address address;

    SharedDatabase(DataSource dataSource, DataSourceResolver resolver) {
        if (address == null && resolver.resolve(dataSource) instanceof HikariConfig pool) {
            address = new Address(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
    }

    /** A connection of its own, committing each statement; empty until a test class has started the service once. */
    static Optional<Connection> connect() throws SQLException {
        Address known = address;
        return known == null ? Optional.empty()
                : Optional.of(DriverManager.getConnection(known.url(), known.user(), known.password()));
    }
}
