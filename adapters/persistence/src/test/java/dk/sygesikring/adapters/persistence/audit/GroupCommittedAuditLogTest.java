package dk.sygesikring.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The group commit of the audit log (ADR 0022) against the real PostgreSQL: every line of many concurrent reads is
 * committed before its read goes on, in fewer commits than lines, outside the caller's transaction; a line that
 * cannot be written fails its read instead of being lost. Each test's lines carry an actor id of its own.
 */
@MicronautTest(transactional = false)
class GroupCommittedAuditLogTest {

    @Inject AuditLogPort auditLog;
    @Inject TransactionPort transactions;
    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;

    @Test
    @DisplayName("AUD-1 (writing) 2,000 concurrent reads: every line is in the log when its read goes on, in fewer commits than lines")
    void AUD1_every_line_of_concurrent_reads_is_committed_before_the_read_goes_on_in_shared_commits() throws Exception {
        String actor = "cw-group-commit";
        GroupCommittedAuditLog log = (GroupCommittedAuditLog) auditLog;
        long commitsBefore = log.commits();
        List<Future<Long>> reads = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2_000; i++) {
                String subject = String.format("%010d", i);
                reads.add(threads.submit(() -> {
                    auditLog.record(entry(actor, subject));
                    return linesOf(actor, subject);
                }));
            }
            for (Future<Long> read : reads) {
                assertThat(read.get()).as("the read's own line is committed when record returns").isEqualTo(1);
            }
        }
        assertThat(linesOf(actor, null)).isEqualTo(2_000);
        assertThat(log.commits() - commitsBefore).as("commits of the audit log: lines waiting together share one")
                .isPositive().isLessThan(1_000);
    }

    @Test
    @DisplayName("AUD-1 (writing) a line is committed on its own: the caller's transaction rolling back does not take it along")
    void AUD1_a_line_survives_the_callers_rollback() throws SQLException {
        String actor = "cw-rolled-back";
        try {
            transactions.inTransaction(() -> {
                auditLog.record(entry(actor, "0101900000"));
                throw new IllegalStateException("the use case fails after the read was admitted");
            });
        } catch (IllegalStateException expected) {
            // the use case's failure
        }
        assertThat(linesOf(actor, "0101900000")).isEqualTo(1);
    }

    @Test
    @DisplayName("AUD-1 (writing) when the database refuses the line, the read fails and nothing is half-written")
    void AUD1_a_line_that_cannot_be_written_fails_its_read() throws Exception {
        try (GroupCommittedAuditLog unreachable = new GroupCommittedAuditLog(new RefusingDataSource(), resolver,
                Duration.ofSeconds(5), 100)) {
            assertThatIllegalStateException().isThrownBy(() -> unreachable.record(entry("cw-unreachable", "0101900001")))
                    .withMessageContaining("audit line");
        }
        assertThat(linesOf("cw-unreachable", null)).isZero();
    }

    private static AuditEntry entry(String actor, String subject) {
        return new AuditEntry(Instant.now(), "CASEWORKER", actor, MunicipalityCode.of("101"), AuditAction.READ_PERSON,
                "PERSON", subject);
    }

    private long linesOf(String actor, String subject) throws SQLException {
        String sql = "SELECT count(*) FROM audit_log WHERE actor_id = ?" + (subject == null ? "" : " AND subject_id = ?");
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, actor);
            if (subject != null) {
                statement.setString(2, subject);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** A database that is not there. */
    private static final class RefusingDataSource implements DataSource {
        @Override public Connection getConnection() throws SQLException {
            throw new SQLException("connection refused");
        }
        @Override public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }
        @Override public PrintWriter getLogWriter() {
            return null;
        }
        @Override public void setLogWriter(PrintWriter out) {
        }
        @Override public void setLoginTimeout(int seconds) {
        }
        @Override public int getLoginTimeout() {
            return 0;
        }
        @Override public Logger getParentLogger() {
            return Logger.getGlobal();
        }
        @Override public <T> T unwrap(Class<T> type) {
            return null;
        }
        @Override public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
