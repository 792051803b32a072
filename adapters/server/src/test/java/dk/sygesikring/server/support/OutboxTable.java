package dk.sygesikring.server.support;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the outbox straight from PostgreSQL, to see what the service stored and recorded. Test classes share one
 * database, so a test asks for its own records only: by id or by the forløb it made.
 */
@Singleton
public class OutboxTable {

    private static final String COLUMNS = "id, kind, forloeb_id, state, attempts, closed_at, receipt, last_error";

    public record Row(UUID id, String kind, UUID forloebId, String state, int attempts, Instant closedAt, String receipt,
                      String lastError) {

        public boolean isPending() {
            return state.equals("PENDING");
        }
    }

    private final DataSource dataSource;

    public OutboxTable(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    public Optional<Row> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", id).stream().findFirst();
    }

    /** The records of these forløb, oldest first. */
    public List<Row> ofForloeb(Collection<UUID> forloebIds) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE forloeb_id = ANY (?) ORDER BY created_at, id",
                forloebIds.toArray(UUID[]::new));
    }

    /** The records of these kinds of these forløb, oldest first. */
    public List<Row> ofForloeb(Collection<UUID> forloebIds, java.util.Set<String> kinds) {
        return ofForloeb(forloebIds).stream().filter(row -> kinds.contains(row.kind())).toList();
    }

    private List<Row> query(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter instanceof UUID[] ids) {
                statement.setArray(1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(1, parameter);
            }
            List<Row> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Row(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class),
                            rows.getString(4), rows.getInt(5), instant(rows.getTimestamp(6)), rows.getString(7),
                            rows.getString(8)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
