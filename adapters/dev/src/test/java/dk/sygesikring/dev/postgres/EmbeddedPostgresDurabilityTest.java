package dk.sygesikring.dev.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The durability of the embedded clusters, asked of the running server itself (SHOW). */
class EmbeddedPostgresDurabilityTest {

    static final List<String> SETTINGS = List.of("synchronous_commit", "fsync", "full_page_writes");

    @Test
    void a_cluster_kept_on_disk_commits_as_durably_as_a_production_server() throws Exception {
        Path directory = Files.createTempDirectory("durable-postgres");
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.launch(new EmbeddedPostgresSettings(0, directory.toString()))) {
            assertThat(shown(postgres)).containsExactly("on", "on", "on");
        }
    }

    @Test
    void the_tests_throwaway_cluster_relaxes_durability() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.launch(new EmbeddedPostgresSettings(0, null))) {
            assertThat(shown(postgres)).containsExactly("off", "off", "off");
        }
    }

    private static List<String> shown(EmbeddedPostgres postgres) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
                    result.next();
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }
}
