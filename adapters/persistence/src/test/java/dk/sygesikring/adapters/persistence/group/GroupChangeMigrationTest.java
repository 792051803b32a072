package dk.sygesikring.adapters.persistence.group;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.adapters.persistence.support.MigrationSchema;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V12 on a database with group changes made before they had a table: a schema of its own is migrated to V11, given a
 * GROUP_CHANGE forløb in each state (their group and date only in details) and a doctor choice whose consent details
 * carry the CPR number in their name, and migrated on.
 */
@MicronautTest(transactional = false)
class GroupChangeMigrationTest {

    private static final String SCHEMA = "v12_group_change_migration";

    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;

    @BeforeEach
    @AfterEach
    void dropSchema() throws SQLException {
        schema().drop();
    }

    @Test
    @DisplayName("V12 makes a group change of every GROUP_CHANGE forløb from its last details and the state of its forløb")
    void V12_makes_group_changes_from_the_forloeb_and_moves_the_person_out_of_detail_names() throws SQLException {
        flyway("11").migrate();
        execute("""
                INSERT INTO %1$s.forloeb (id, type, municipality_code, creator_kind, creator_id, main_person_cpr, created_at,
                                          status, closed_at)
                VALUES ('00000000-0000-0000-0000-000000000001', 'GROUP_CHANGE', '101', 'SYSTEM', 't', '0101801231', '2026-11-01T09:00:00Z', 'IN_PROGRESS', NULL),
                       ('00000000-0000-0000-0000-000000000002', 'GROUP_CHANGE', '101', 'SYSTEM', 't', '0101801232', '2026-11-01T09:00:00Z', 'COMPLETED', '2026-11-01T09:05:00Z'),
                       ('00000000-0000-0000-0000-000000000003', 'GROUP_CHANGE', '101', 'SYSTEM', 't', '0101801233', '2026-11-01T09:00:00Z', 'IN_PROGRESS', NULL),
                       ('00000000-0000-0000-0000-000000000004', 'GROUP_CHANGE', '101', 'SYSTEM', 't', '0101801234', '2026-11-01T09:00:00Z', 'CANCELLED', '2026-11-02T10:00:00Z'),
                       ('00000000-0000-0000-0000-000000000005', 'DOCTOR_CHOICE', '101', 'SYSTEM', 't', '0101801235', '2026-11-01T09:00:00Z', 'IN_PROGRESS', NULL);
                INSERT INTO %1$s.forloeb_activity (id, forloeb_id, position, type, state, created_at, note, closed_at)
                VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 0, 'AWAIT_LUNA', 'OPEN', '2026-11-01T09:00:00Z', NULL, NULL),
                       ('00000000-0000-0000-0000-0000000000a2', '00000000-0000-0000-0000-000000000002', 0, 'AWAIT_LUNA', 'DONE', '2026-11-01T09:00:00Z', 'ok', '2026-11-01T09:05:00Z'),
                       ('00000000-0000-0000-0000-0000000000a3', '00000000-0000-0000-0000-000000000003', 0, 'AWAIT_LUNA', 'FAILED', '2026-11-01T09:00:00Z', 'LUNA afviste: ukendt', '2026-11-01T09:06:00Z'),
                       ('00000000-0000-0000-0000-0000000000a4', '00000000-0000-0000-0000-000000000004', 0, 'AWAIT_LUNA', 'CANCELLED', '2026-11-01T09:00:00Z', NULL, '2026-11-02T10:00:00Z');
                INSERT INTO %1$s.forloeb_detail (forloeb_id, position, name, value, changed_by_kind, changed_by_id, changed_at)
                VALUES ('00000000-0000-0000-0000-000000000001', 0, 'sikringsgruppe', '2', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000001', 1, 'gyldigFra', '2026-12-01', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000001', 2, 'gyldigFra', '2026-12-15', 'SYSTEM', 't', '2026-11-01T09:01:00Z'),
                       ('00000000-0000-0000-0000-000000000002', 0, 'sikringsgruppe', '1', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000002', 1, 'gyldigFra', '2026-12-01', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000003', 0, 'sikringsgruppe', '1', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000003', 1, 'gyldigFra', '2026-12-01', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000004', 0, 'sikringsgruppe', '7', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000004', 1, 'gyldigFra', '2026-12-01', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000005', 0, 'ydernummer', '050208', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000005', 1, 'samtykke:0101801235', 'YES', 'SYSTEM', 't', '2026-11-01T09:00:00Z'),
                       ('00000000-0000-0000-0000-000000000005', 2, 'grundlag:0101151236', 'Åben praksis', 'SYSTEM', 't', '2026-11-01T09:00:00Z');
                """.formatted(SCHEMA));

        flyway("12").migrate();

        assertThat(rows("SELECT forloeb_id, cpr, group_number, valid_from, state, state_changed_at, luna_refusal FROM "
                + SCHEMA + ".group_change ORDER BY forloeb_id")).containsExactly(
                "00000000-0000-0000-0000-000000000001|0101801231|2|2026-12-15|AWAITING_LUNA|2026-11-01 09:00:00+00|null",
                "00000000-0000-0000-0000-000000000002|0101801232|1|2026-12-01|REGISTERED|2026-11-01 09:05:00+00|null",
                "00000000-0000-0000-0000-000000000003|0101801233|1|2026-12-01|REFUSED_BY_LUNA|2026-11-01 09:06:00+00|LUNA afviste: ukendt",
                "00000000-0000-0000-0000-000000000004|0101801234|7|2026-12-01|CANCELLED|2026-11-02 10:00:00+00|null");
        assertThat(rows("SELECT name, cpr, value FROM " + SCHEMA + ".forloeb_detail WHERE forloeb_id = "
                + "'00000000-0000-0000-0000-000000000005' ORDER BY position")).containsExactly(
                "ydernummer|null|050208", "samtykke|0101801235|YES", "grundlag|0101151236|Åben praksis");
    }

    private MigrationSchema schema() {
        return new MigrationSchema(resolver.resolve(dataSource), SCHEMA);
    }

    private Flyway flyway(String target) {
        return schema().flyway(target);
    }

    private List<String> rows(String sql) throws SQLException {
        return schema().rows(sql);
    }

    private void execute(String sql) throws SQLException {
        schema().execute(sql);
    }
}
