package dk.sygesikring.server.support;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the audit log straight from PostgreSQL, to see what the service recorded. */
@Singleton
public class AuditLog {

    public record Line(String actorRole, String actorId, String municipalityCode, String action, String subjectId) {
    }

    private final DataSource dataSource;

    public AuditLog(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    public List<Line> linesAbout(String subjectId) {
        String sql = "SELECT actor_role, actor_id, municipality_code, action, subject_id FROM audit_log WHERE subject_id = ? ORDER BY id";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, subjectId);
            List<Line> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Line(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
