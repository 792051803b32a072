package dk.sygesikring.server.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every test class of this module leaves the outbox and the scheduler's table as it found them: what it left waiting
 * there is taken away after it, so that no other class's delivery loop, outbox workers or deadline scheduler ever
 * meets it (they would send it to their own simulators, spend their retries and back-offs on it, or run a deadline of a
 * forløb they know nothing of, each in an order that depends on which classes ran before).
 *
 * <p>Registered for every class by JUnit's extension auto-detection (src/test/resources/junit-platform.properties and
 * META-INF/services). Before a class it notes the outbox records still pending and the scheduled executions; after it,
 * once the class's application contexts are closed, it withdraws the records the class left pending and deletes the
 * executions it left scheduled. The forløb they belong to are the finished class's own and stay as they are. Before
 * the first class no service has started, so nothing is noted: a database reused from an earlier run (one's own
 * PostgreSQL) is left clean after it as well.
 */
public final class LeaveTheSharedDatabaseAsFound implements BeforeAllCallback, AfterAllCallback {

    private static final Logger LOG = LoggerFactory.getLogger(LeaveTheSharedDatabaseAsFound.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeaveTheSharedDatabaseAsFound.class);

    /** What was there before the class: pending outbox records and scheduled executions. */
    private record Found(List<UUID> pendingRecords, List<String> scheduledExecutions) {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        Optional<Connection> connection = SharedDatabase.connect();
        if (connection.isEmpty()) {
            return;
        }
        try (Connection database = connection.get()) {
            context.getStore(NAMESPACE).put(Found.class, new Found(
                    uuids(database, "SELECT id FROM outbox WHERE state = 'PENDING'"),
                    strings(database, "SELECT task_name || '/' || task_instance FROM scheduled_tasks")));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        Optional<Connection> connection = SharedDatabase.connect();
        if (connection.isEmpty()) {
            return;
        }
        Found found = context.getStore(NAMESPACE).getOrDefault(Found.class, Found.class, new Found(List.of(), List.of()));
        String testClass = context.getRequiredTestClass().getSimpleName();
        try (Connection database = connection.get()) {
            int withdrawn;
            try (PreparedStatement statement = database.prepareStatement("""
                    UPDATE outbox SET state = 'WITHDRAWN', closed_at = now(), last_error = ?
                    WHERE state = 'PENDING' AND NOT (id = ANY (?))""")) {
                statement.setString(1, "left pending by the test class " + testClass + ", withdrawn after it");
                statement.setArray(2, database.createArrayOf("uuid", found.pendingRecords().toArray()));
                withdrawn = statement.executeUpdate();
            }
            int unscheduled;
            try (PreparedStatement statement = database.prepareStatement(
                    "DELETE FROM scheduled_tasks WHERE NOT (task_name || '/' || task_instance = ANY (?))")) {
                statement.setArray(1, database.createArrayOf("text", found.scheduledExecutions().toArray()));
                unscheduled = statement.executeUpdate();
            }
            if (withdrawn + unscheduled > 0) {
                LOG.info("{} left {} outbox records pending and {} executions scheduled: taken away", testClass, withdrawn,
                        unscheduled);
            }
        }
    }

    private static List<UUID> uuids(Connection database, String sql) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (PreparedStatement statement = database.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getObject(1, UUID.class));
            }
        }
        return found;
    }

    private static List<String> strings(Connection database, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement statement = database.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }
}
