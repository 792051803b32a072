package dk.sygesikring.benchmarks.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.dev.postgres.EmbeddedClusters;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.simulators.population.NationalPopulation;
import dk.sygesikring.simulators.population.NationalPopulation.Preset;
import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small preset loaded into a throwaway cluster: what the service reads is there, consistent, and reads back whole. */
class NationalDatasetTest {

    /** Two months of audit keep the test to seconds; the per-person rate is the year's (docs/performance.md). */
    static final NationalDataset.Options SMALL = NationalDataset.Options.of(Preset.SMALL, 1L).withAuditMonths(2);

    @Test
    void the_small_denmark_loads_with_every_table_consistent_reads_back_through_the_service_and_refuses_a_second_load()
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedClusters.throwaway()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");

            NationalDataset.Loaded loaded = NationalDataset.load(url, "postgres", "postgres", SMALL);

            Map<String, Long> rows = loaded.rows();
            assertThat(rows.get("person")).isBetween(60_000L, 63_000L);
            assertThat(rows.get("practitioner")).isBetween(120L, 240L);
            assertThat(rows.get("person_relation")).isGreaterThan(rows.get("person") / 4);
            assertThat(rows.get("registration")).isGreaterThan(rows.get("person"));
            assertThat(rows.get("forloeb")).as("about 30,000 at SMALL").isBetween(29_000L, 32_000L);
            assertThat(rows.get("forloeb_person")).isGreaterThan(rows.get("forloeb"));
            assertThat(rows.get("forloeb_activity")).isGreaterThan(2 * rows.get("forloeb"));
            assertThat(rows.get("forloeb_detail")).isGreaterThan(3 * rows.get("forloeb"));
            assertThat(rows.get("doctor_choice") + rows.get("group_change")).isLessThan(rows.get("forloeb"));
            // 2,500 caseworkers x 350 reads for 6 M persons: 0.146 a person and working day, some 42 working days
            assertThat(rows.get("audit_log")).isBetween(300_000L, 450_000L);
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertThat(single(connection, "SELECT count(*) FROM person p WHERE NOT EXISTS"
                        + " (SELECT 1 FROM registration r WHERE r.cpr = p.cpr)")).as("everyone has a history").isZero();
                assertThat(single(connection, "SELECT count(*) FROM registration r WHERE r.provider_number IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM practitioner p WHERE p.provider_number = r.provider_number)"))
                        .as("every doctor is in the register").isZero();
                assertThat(single(connection, "SELECT count(*) FROM practitioner WHERE patients_counted_after"
                        + " <> (SELECT max(recorded) FROM registration)"))
                        .as("LUNA's counts include every loaded registration (DOC-7 counts only later moves)").isZero();
                assertThat(single(connection, "SELECT count(*) FROM person WHERE cpr_status = 'INACTIVE'")).isPositive();
                assertThat(single(connection, "SELECT count(*) FROM person WHERE name_address_protected")).isPositive();
                assertThat(single(connection, "SELECT count(*) FROM forloeb f WHERE NOT EXISTS"
                        + " (SELECT 1 FROM person p WHERE p.cpr = f.main_person_cpr)")).as("main persons are loaded persons").isZero();
                assertThat(single(connection, "SELECT count(*) FROM forloeb WHERE type = 'DOCTOR_CHOICE'"))
                        .isEqualTo(rows.get("doctor_choice"));
                assertThat(single(connection, "SELECT count(*) FROM forloeb WHERE type = 'GROUP_CHANGE'"))
                        .isEqualTo(rows.get("group_change"));
                assertThat(single(connection, "SELECT count(*) FROM forloeb WHERE status = 'COMPLETED'") * 100)
                        .as("mostly completed").isGreaterThan(85 * rows.get("forloeb"));
                assertThat(single(connection, "SELECT count(DISTINCT status) FROM forloeb")).isEqualTo(3);
                assertThat(single(connection, "SELECT count(DISTINCT type) FROM forloeb")).isEqualTo(4);
                assertThat(single(connection, "SELECT count(*) FROM audit_log_default")).as("every line in its month").isZero();
                assertThat(single(connection, "SELECT count(DISTINCT actor_id) FROM audit_log"))
                        .as("at least one caseworker in each of the 98 municipalities").isBetween(98L, 130L);
                assertThat(single(connection, "SELECT count(*) FROM audit_log a WHERE a.subject_type = 'PERSON' AND NOT EXISTS"
                        + " (SELECT 1 FROM person p WHERE p.cpr = a.subject_id)")).as("reads of loaded persons").isZero();
                assertThat(single(connection, "SELECT count(*) FROM pg_index i JOIN pg_inherits p ON p.inhrelid = i.indrelid"
                        + " WHERE p.inhparent = 'audit_log'::regclass AND i.indisvalid"))
                        .as("the key and both indexes on every month").isEqualTo(3 * single(connection,
                                "SELECT count(*) FROM pg_inherits WHERE inhparent = 'audit_log'::regclass"));
                assertThat(single(connection, "SELECT nextval('audit_log_id_seq')")).isEqualTo(rows.get("audit_log") + 1);
            }
            theServiceReadsLoadedForloebBackWhole(url);
            assertThatIllegalStateException().isThrownBy(() -> NationalDataset.load(url, "postgres", "postgres", SMALL));
        }
    }

    /**
     * The service's own persistence adapters, in a Micronaut context on the loaded database, read the first
     * municipality's forløb, doctor choices and group changes back equal to what the generator made.
     */
    private static void theServiceReadsLoadedForloebBackWhole(String url) {
        List<ForloebHistories.Made> expected = new ArrayList<>();
        ForloebHistories histories = new ForloebHistories(NationalPopulation.practitioners(Preset.SMALL, 1L), 1L,
                ForloebHistories.DEFAULT_PER_PERSON);
        NationalPopulation.persons(Preset.SMALL, 1L, batch -> {
            List<ForloebHistories.Made> made = histories.of(batch);
            if (expected.isEmpty()) {
                expected.addAll(made);
            }
        });
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(expected).extracting(made -> made.forloeb().status().name())
                .contains("COMPLETED", "CANCELLED", "IN_PROGRESS");
        assertThat(expected).extracting(made -> made.forloeb().type())
                .contains(ForloebType.DOCTOR_CHOICE, ForloebType.GROUP_CHANGE, ForloebType.DISPENSATION_REJECTION,
                        ForloebType.MISSING_DOCTOR_CHOICE);
        try (ApplicationContext context = ApplicationContext.run(Map.of("datasources.default.url", url,
                "datasources.default.username", "postgres", "datasources.default.password", "postgres",
                "datasources.default.dialect", "POSTGRES", "datasources.default.maximum-pool-size", 2))) {
            ForloebStorePort forloeb = context.getBean(ForloebStorePort.class);
            DoctorChoiceStorePort choices = context.getBean(DoctorChoiceStorePort.class);
            GroupChangeStorePort changes = context.getBean(GroupChangeStorePort.class);
            for (ForloebHistories.Made made : expected.subList(0, Math.min(expected.size(), 400))) {
                assertThat(forloeb.load(made.forloeb().id())).contains(made.forloeb());
                if (made.choice() != null) {
                    assertThat(choices.load(made.forloeb().id())).contains(made.choice());
                }
                if (made.change() != null) {
                    assertThat(changes.load(made.forloeb().id())).contains(made.change());
                }
            }
            ForloebHistories.Made family = expected.stream().filter(made -> made.forloeb().involvedPersons().size() > 1)
                    .findFirst().orElseThrow();
            assertThat(forloeb.latestFor(family.forloeb().involvedPersons().get(1), 5)).contains(family.forloeb());
        }
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
