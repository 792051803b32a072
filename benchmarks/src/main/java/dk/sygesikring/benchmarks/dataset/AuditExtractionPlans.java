package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.dev.postgres.EmbeddedClusters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the two AUD-1 extractions on a loaded dataset: every caseworker of the largest
 * municipality, and its busiest caseworker, for 30 days ending at the audit's last day. By default on the embedded
 * cluster the loader keeps ({@code ~/.sygesikring/national-postgres}); {@code --jdbc-url=} for another.
 */
public final class AuditExtractionPlans {

    static final String ALL_CASEWORKERS = """
            SELECT occurred_at, actor_role, actor_id, action, subject_type, subject_id FROM audit_log
            WHERE municipality_code = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id""";
    static final String ONE_CASEWORKER = """
            SELECT occurred_at, actor_role, actor_id, action, subject_type, subject_id FROM audit_log
            WHERE municipality_code = ? AND actor_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id""";

    private AuditExtractionPlans() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args.length > 0 && args[0].startsWith("--jdbc-url=") ? args[0].substring("--jdbc-url=".length()) : null;
        if (jdbcUrl != null) {
            print(jdbcUrl);
            return;
        }
        Path directory = Path.of(System.getProperty("user.home"), ".sygesikring", "national-postgres");
        try (EmbeddedPostgres postgres = EmbeddedClusters.onDisk(NationalDataset.EMBEDDED_PORT, directory)) {
            print(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }

    /**
     * The plans of both extractions for the largest and a middle-sized municipality, over 30 days that cross a month
     * boundary: with the indexes V13 makes, then (rolled back) with only one of the two, to show what the other buys.
     */
    static void print(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            java.time.OffsetDateTime to = ForloebHistories.REFERENCE.minusDays(16).atStartOfDay().atOffset(ZoneOffset.UTC);
            java.time.OffsetDateTime from = to.minusDays(30);
            for (String which : new String[] {"DESC", "ASC"}) {
                String municipality = first(connection, "SELECT municipality_code FROM person WHERE municipality_code IS NOT NULL"
                        + " GROUP BY 1 ORDER BY count(*) " + which + " LIMIT 1 OFFSET " + ("DESC".equals(which) ? 0 : 49), null);
                String caseworker = first(connection, "SELECT actor_id FROM audit_log WHERE municipality_code = ?"
                        + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1", municipality);
                System.out.printf("%n==== AUD-1, municipality %s, caseworker %s, %s to %s%n", municipality, caseworker, from, to);
                System.out.printf("%n-- all caseworkers of the municipality, V13's indexes%n");
                explain(connection, ALL_CASEWORKERS, municipality, null, from, to);
                System.out.printf("%n-- one caseworker, V13's indexes%n");
                explain(connection, ONE_CASEWORKER, municipality, caseworker, from, to);
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP INDEX audit_log_municipality_actor_time");
                    System.out.printf("%n-- one caseworker, only (municipality_code, occurred_at)%n");
                    explain(connection, ONE_CASEWORKER, municipality, caseworker, from, to);
                    connection.rollback();
                    statement.execute("DROP INDEX audit_log_municipality_time");
                    System.out.printf("%n-- all caseworkers, only (municipality_code, actor_id, occurred_at)%n");
                    explain(connection, ALL_CASEWORKERS, municipality, null, from, to);
                    connection.rollback();
                }
                connection.setAutoCommit(true);
            }
        }
    }

    private static void explain(Connection connection, String sql, String municipality, String caseworker,
                                java.time.OffsetDateTime from, java.time.OffsetDateTime to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            int i = 1;
            statement.setString(i++, municipality);
            if (caseworker != null) {
                statement.setString(i++, caseworker);
            }
            statement.setObject(i++, from);
            statement.setObject(i, to);
            try (ResultSet plan = statement.executeQuery()) {
                while (plan.next()) {
                    System.out.println(plan.getString(1));
                }
            }
        }
    }

    private static String first(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
