package dk.sygesikring.dev.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/** Embedded PostgreSQL clusters for tools outside a Micronaut context, such as the benchmarks' dataset loader. */
public final class EmbeddedClusters {

    private EmbeddedClusters() {
    }

    /** A cluster kept in {@code directory} between runs, as durable as a production server; the caller closes it. */
    public static EmbeddedPostgres onDisk(int port, Path directory) {
        return EmbeddedPostgresServer.launch(new EmbeddedPostgresSettings(port, directory.toString()));
    }

    /** A throwaway cluster on any free port, durability relaxed: for tests only; the caller closes it. */
    public static EmbeddedPostgres throwaway() {
        return EmbeddedPostgresServer.launch(new EmbeddedPostgresSettings(0, null));
    }
}
