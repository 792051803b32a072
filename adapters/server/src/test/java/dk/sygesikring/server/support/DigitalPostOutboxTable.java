package dk.sygesikring.server.support;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the Digital Post outbox straight from PostgreSQL, to see what the service stored and recorded. */
@Singleton
public class DigitalPostOutboxTable {

    public record Row(UUID id, UUID forloebId, UUID activityId, String recipientType, String recipientId, String title,
                      byte[] pdf, int attempts, Instant deliveredAt, String deliveryId, Instant failedAt,
                      String lastError) {
    }

    private final DataSource dataSource;

    public DigitalPostOutboxTable(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    public Optional<Row> find(UUID id) {
        String sql = """
                SELECT id, forloeb_id, activity_id, recipient_type, recipient_id, title, pdf, attempts, delivered_at,
                       delivery_id, failed_at, last_error
                FROM digital_post_outbox WHERE id = ?""";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getBytes(7), rows.getInt(8), instant(rows.getTimestamp(9)), rows.getString(10),
                        instant(rows.getTimestamp(11)), rows.getString(12)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
