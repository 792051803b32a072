package dk.sygesikring.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.adapters.persistence.support.MigrationSchema;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** V13 on a database with audit lines: a schema of its own is migrated to V12, given lines, and migrated on. */
@MicronautTest(transactional = false)
class AuditLogMigrationTest {

    private static final String SCHEMA = "v13_audit_log_migration";

    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;

    @BeforeEach
    @AfterEach
    void dropSchema() throws SQLException {
        schema().drop();
    }

    @Test
    @DisplayName("V13 keeps every audit line with its id in the month partition of its time, and ids go on from the same sequence")
    void V13_moves_the_lines_into_month_partitions() throws SQLException {
        flyway("12").migrate();
        execute("""
                INSERT INTO %1$s.audit_log (occurred_at, actor_role, actor_id, municipality_code, action, subject_type, subject_id)
                VALUES ('2025-02-10T09:00:00Z', 'CASEWORKER', 'cw-1', '101', 'READ_PERSON', 'PERSON', '0101801231'),
                       ('2025-02-28T23:59:59Z', 'CASEWORKER', 'cw-1', '101', 'READ_FAMILY', 'PERSON', '0101801231'),
                       ('2025-05-01T00:00:00Z', 'MUNICIPAL_ADMIN', 'adm-1', '147', 'READ_FORLOEB', 'FORLOEB', 'f-1');
                """.formatted(SCHEMA));

        flyway(null).migrate();

        assertThat(rows("SELECT id, tableoid::regclass::text, occurred_at, action FROM %1$s.audit_log ORDER BY id"))
                .containsExactly("1|" + SCHEMA + ".audit_log_2025_02|2025-02-10 09:00:00+00|READ_PERSON",
                        "2|" + SCHEMA + ".audit_log_2025_02|2025-02-28 23:59:59+00|READ_FAMILY",
                        "3|" + SCHEMA + ".audit_log_2025_05|2025-05-01 00:00:00+00|READ_FORLOEB");
        assertThat(rows("SELECT count(*) FROM %1$s.audit_log_default")).containsExactly("0");
        assertThat(rows("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " WHERE i.inhparent = '%1$s.audit_log'::regclass AND c.relname LIKE 'audit_log_20%%'"))
                .as("every month from the oldest line to three months ahead")
                .containsExactly(String.valueOf(ChronoUnit.MONTHS.between(YearMonth.of(2025, 2), YearMonth.now(ZoneOffset.UTC)) + 4));
        execute("""
                INSERT INTO %1$s.audit_log (occurred_at, actor_role, actor_id, municipality_code, action, subject_type, subject_id)
                VALUES (now(), 'CASEWORKER', 'cw-2', '101', 'READ_PERSON', 'PERSON', '0101801232')""".formatted(SCHEMA));
        assertThat(rows("SELECT id, tableoid::regclass::text LIKE '%%default' FROM %1$s.audit_log WHERE actor_id = 'cw-2'"))
                .containsExactly("4|f");
        assertThat(rows("SELECT to_regclass('%1$s.audit_log_v1') IS NULL"))
                .containsExactly("t");
    }

    private MigrationSchema schema() {
        return new MigrationSchema(resolver.resolve(dataSource), SCHEMA);
    }

    private Flyway flyway(String target) {
        return schema().flyway(target);
    }

    private List<String> rows(String sql) throws SQLException {
        return schema().rows(sql.formatted(SCHEMA));
    }

    private void execute(String sql) throws SQLException {
        schema().execute(sql);
    }
}
