package dk.sygesikring.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.audit.AuditLogUpkeep;
import dk.sygesikring.application.audit.AuditLogUpkeepService;
import dk.sygesikring.application.port.out.AuditLogPartitionsPort;
import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.audit.AuditRetention;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import io.micronaut.jdbc.DataSourceResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The daily upkeep of the audit log's months (V13, ADR 0021) against the real PostgreSQL, with a clock the test moves:
 * months made ahead, a line for a month without a partition kept and moved in when its month is made, months past the
 * retention dropped. Runs in years no other test writes in, and puts the current months back afterwards.
 */
@MicronautTest(transactional = false)
class AuditLogUpkeepPersistenceTest {

    @Inject AuditLogPartitionsPort partitions;
    @Inject AuditLogPort auditLog;
    @Inject TransactionPort transactions;
    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;

    final MovableClock clock = new MovableClock(Instant.parse("2030-03-10T08:00:00Z"));
    AuditLogUpkeepService upkeep() {
        return new AuditLogUpkeepService(partitions, new AuditRetention(12, 3, 6), clock);
    }

    @AfterEach
    void putTheCurrentMonthsBack() {
        partitions.months().stream().filter(month -> month.getYear() >= 2030).forEach(partitions::drop);
        new AuditLogUpkeepService(partitions, new AuditRetention(12, 3, 6), Clock.systemUTC()).keepUp();
    }

    @Test
    @DisplayName("AUD-1 (retention) the upkeep makes months ahead, keeps a line without a month and moves it in, and drops months past the retention")
    void AUD1_months_are_made_ahead_lines_without_a_month_are_kept_and_old_months_dropped() throws SQLException {
        AuditLogUpkeep first = upkeep().keepUp();
        assertThat(first.created()).containsExactly(YearMonth.of(2030, 3), YearMonth.of(2030, 4), YearMonth.of(2030, 5),
                YearMonth.of(2030, 6));
        assertThat(partitions.months()).containsSubsequence(YearMonth.of(2030, 3), YearMonth.of(2030, 6))
                .allMatch(month -> !month.isBefore(YearMonth.of(2029, 3)), "nothing older than twelve months is kept");
        assertThat(upkeep().keepUp().created()).as("a second run the same day").isEmpty();

        record("2030-04-02T10:00:00Z", "in-april");
        record("2030-09-01T07:00:00Z", "in-september");
        assertThat(partitionOf("in-april")).contains("audit_log_2030_04");
        assertThat(partitionOf("in-september")).as("no month yet: kept, not refused").contains("audit_log_default");
        assertThat(partitions.linesWithoutMonth()).isEqualTo(1);

        clock.set(Instant.parse("2030-08-20T08:00:00Z"));
        AuditLogUpkeep august = upkeep().keepUp();
        assertThat(august.created()).containsExactly(YearMonth.of(2030, 8), YearMonth.of(2030, 9), YearMonth.of(2030, 10),
                YearMonth.of(2030, 11));
        assertThat(partitionOf("in-september")).contains("audit_log_2030_09");
        assertThat(august.linesWithoutMonth()).isZero();

        record("2030-07-15T12:00:00Z", "in-july, a month the upkeep skipped");
        assertThat(upkeep().keepUp().created()).containsExactly(YearMonth.of(2030, 7));
        assertThat(partitionOf("in-july, a month the upkeep skipped")).contains("audit_log_2030_07");

        clock.set(Instant.parse("2031-05-03T01:00:00Z"));
        AuditLogUpkeep nextYear = upkeep().keepUp();
        assertThat(nextYear.dropped()).containsExactly(YearMonth.of(2030, 3), YearMonth.of(2030, 4));
        assertThat(partitionOf("in-april")).as("past the retention").isEmpty();
        assertThat(partitionOf("in-september")).contains("audit_log_2030_09");
        assertThat(partitions.months()).contains(YearMonth.of(2030, 5), YearMonth.of(2031, 8))
                .doesNotContain(YearMonth.of(2030, 4));
    }

    private void record(String at, String subject) {
        transactions.inTransaction(() -> {
            auditLog.record(new AuditEntry(Instant.parse(at), "CASEWORKER", "cw-upkeep", MunicipalityCode.of("101"),
                    AuditAction.READ_PERSON, "PERSON", subject));
            return null;
        });
    }

    private Optional<String> partitionOf(String subject) throws SQLException {
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT tableoid::regclass::text FROM audit_log WHERE subject_id = ?")) {
            statement.setString(1, subject);
            try (ResultSet result = statement.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (result.next()) {
                    found.add(result.getString(1));
                }
                assertThat(found).hasSizeLessThanOrEqualTo(1);
                return found.stream().findFirst();
            }
        }
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Copenhagen");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
