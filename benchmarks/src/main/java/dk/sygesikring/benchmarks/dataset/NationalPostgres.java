package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.dev.postgres.EmbeddedClusters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the loaded national dataset (the embedded cluster in {@code ~/.sygesikring/national-postgres}, port 54330,
 * production durability) until the process is stopped: for running the service on it by hand, psql, EXPLAIN.
 */
public final class NationalPostgres {

    private NationalPostgres() {
    }

    /** {@code --directory=} and {@code --port=} serve another copy of a dataset (default: the loaded one). */
    public static void main(String[] args) throws Exception {
        Path directory = directory();
        int port = NationalDataset.EMBEDDED_PORT;
        for (String arg : args) {
            if (arg.startsWith("--directory=")) {
                directory = Path.of(arg.substring("--directory=".length()));
            } else if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            }
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no national dataset in " + directory + ": load it first");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (EmbeddedPostgres postgres = EmbeddedClusters.onDisk(port, directory)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            System.out.println("Serving " + directory + " at " + postgres.getJdbcUrl("postgres", "postgres"));
            stopped.await();
        }
    }

    static Path directory() {
        return Path.of(System.getProperty("user.home"), ".sygesikring", "national-postgres");
    }
}
