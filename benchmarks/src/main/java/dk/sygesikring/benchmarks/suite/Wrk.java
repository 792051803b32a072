package dk.sygesikring.benchmarks.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs wrk, a separate process on loopback, with one of the suite's Lua scripts, and reads its RESULT line. */
final class Wrk {

    static final int THREADS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path scripts;
    private final String baseUrl;

    Wrk(Path scripts, String baseUrl) {
        this.scripts = scripts;
        this.baseUrl = baseUrl;
    }

    Load run(String script, int connections, Duration duration, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s", "-s", scripts.resolve(script).toString(), baseUrl));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("WRK_DIR", scripts.toString());
        builder.environment().put("THREADS", String.valueOf(THREADS));
        Process wrk = builder.start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no RESULT line: " + output));
        JsonNode result = JSON.readTree(line.substring("RESULT ".length()));
        return Load.of(result.get("requests").asLong(), result.get("durationMicros").asLong() / 1e6,
                millis(result, "p50Micros"), millis(result, "p95Micros"), millis(result, "p99Micros"),
                millis(result, "maxMicros"), result.get("non2xx").asLong(), result.get("socketErrors").asLong());
    }

    private static double millis(JsonNode result, String field) {
        return result.get(field).asLong() / 1000.0;
    }
}
