package dk.sygesikring.benchmarks.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's own limit: {@code pgbench -S} (select-only, one primary-key read per transaction) against the same
 * PostgreSQL the service uses, in a database of its own (scale 10, 1 M accounts, held in memory).
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");

    record Result(double tps, double latencyAverageMs, int clients) {
    }

    private final int port;

    Pgbench(int port) {
        this.port = port;
    }

    void initialise() throws IOException, InterruptedException {
        String exists = run(List.of("psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-qAt",
                "-d", "postgres", "-c", "SELECT 1 FROM pg_database WHERE datname = 'pgbench'"));
        if (!exists.contains("1")) {
            run(List.of("psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", "postgres",
                    "-c", "CREATE DATABASE pgbench"));
        }
        run(List.of("pgbench", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-i", "-s", "10", "-q",
                "pgbench"));
    }

    Result selectOnly(int clients, Duration duration) throws IOException, InterruptedException {
        String output = run(List.of("pgbench", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-S",
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(duration.toSeconds()), "pgbench"));
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        return new Result(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)), clients);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
