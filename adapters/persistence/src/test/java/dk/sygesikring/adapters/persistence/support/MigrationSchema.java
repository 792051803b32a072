package dk.sygesikring.adapters.persistence.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A schema of a migration test's own: migrated to a version, given rows in the old shape, migrated on, and read back
 * as text ("a|b|c" per row, times in UTC), so the test sees what a migration made of the old rows.
 */
public final class MigrationSchema {

    private final DataSource dataSource;
    private final String name;

    /** @param dataSource the pool's own data source (not the transaction-aware one) */
    public MigrationSchema(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** Flyway on this schema, up to {@code target}, or to the newest migration when it is null. */
    public Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(name).createSchemas(true);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    public List<String> rows(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            try (ResultSet result = statement.executeQuery(sql)) {
                List<String> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(result.getString(i)));
                    }
                    rows.add(String.join("|", values));
                }
                return rows;
            }
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public void drop() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
}
