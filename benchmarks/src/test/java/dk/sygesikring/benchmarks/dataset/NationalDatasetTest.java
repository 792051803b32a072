package dk.sygesikring.benchmarks.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dk.sygesikring.dev.postgres.EmbeddedClusters;
import dk.sygesikring.simulators.population.NationalPopulation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The small preset loaded into a throwaway cluster: what the service reads is there and consistent. */
class NationalDatasetTest {

    @Test
    void the_small_denmark_loads_with_every_table_consistent_and_refuses_a_second_load() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedClusters.throwaway()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");

            NationalDataset.Loaded loaded = NationalDataset.load(url, "postgres", "postgres", NationalPopulation.Preset.SMALL, 1L);

            assertThat(loaded.rows().get("person")).isBetween(60_000L, 63_000L);
            assertThat(loaded.rows().get("practitioner")).isBetween(120L, 240L);
            assertThat(loaded.rows().get("person_relation")).isGreaterThan(loaded.rows().get("person") / 4);
            assertThat(loaded.rows().get("registration")).isGreaterThan(loaded.rows().get("person"));
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertThat(single(connection, "SELECT count(*) FROM person p WHERE NOT EXISTS"
                        + " (SELECT 1 FROM registration r WHERE r.cpr = p.cpr)")).as("everyone has a history").isZero();
                assertThat(single(connection, "SELECT count(*) FROM registration r WHERE r.provider_number IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM practitioner p WHERE p.provider_number = r.provider_number)"))
                        .as("every doctor is in the register").isZero();
                assertThat(single(connection, "SELECT count(*) FROM person WHERE cpr_status = 'INACTIVE'")).isPositive();
                assertThat(single(connection, "SELECT count(*) FROM person WHERE name_address_protected")).isPositive();
            }
            assertThatIllegalStateException().isThrownBy(() ->
                    NationalDataset.load(url, "postgres", "postgres", NationalPopulation.Preset.SMALL, 1L));
        }
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
