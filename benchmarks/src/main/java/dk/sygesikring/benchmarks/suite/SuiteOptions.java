package dk.sygesikring.benchmarks.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The suite's options, {@code --name=value}: seconds of each measured load and of its warm-up, connections (wrk)
 * and clients (pgbench), the persons sampled, the dataset's preset (which population the LUNA simulator serves),
 * the service's JVM options, and where the project and the reports are.
 */
record SuiteOptions(Path project, Duration duration, Duration warmUp, int connections, long sampledPersons,
                    long doctorChoices, long cardOrders, String preset, List<String> serviceJvmOptions, String jdbcUrl, int postgresPort) {

    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseG1GC");

    static SuiteOptions parse(String[] args) {
        Path project = Path.of("..").toAbsolutePath().normalize();
        Duration duration = Duration.ofSeconds(30);
        Duration warmUp = Duration.ofSeconds(20);
        int connections = 16;
        long sampledPersons = 1_000_000;
        long doctorChoices = 200_000;
        long cardOrders = 30_000;
        String preset = "national";
        List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        String jdbcUrl = null;
        int postgresPort = 5432;
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2 || option[1].isBlank()) {
                continue; // an unset Maven property arrives as "--name="
            }
            String value = option[1];
            switch (option[0]) {
                case "--project" -> project = Path.of(value).toAbsolutePath().normalize();
                case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
                case "--warm-up-seconds" -> warmUp = Duration.ofSeconds(Long.parseLong(value));
                case "--connections" -> connections = Integer.parseInt(value);
                case "--sampled-persons" -> sampledPersons = Long.parseLong(value);
                case "--doctor-choices" -> doctorChoices = Long.parseLong(value);
                case "--card-orders" -> cardOrders = Long.parseLong(value);
                case "--preset" -> preset = value;
                case "--service-jvm-options" -> jvmOptions = Arrays.asList(value.trim().split("\\s+"));
                case "--jdbc-url" -> jdbcUrl = value;
                case "--postgres-port" -> postgresPort = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + option[0] + "; see SuiteOptions");
            }
        }
        return new SuiteOptions(project, duration, warmUp, connections, sampledPersons, doctorChoices, cardOrders, preset,
                List.copyOf(jvmOptions), jdbcUrl, postgresPort);
    }

    Path scripts() {
        return project.resolve("benchmarks/wrk");
    }

    Path json() {
        return project.resolve("docs/performance.json");
    }

    Path markdown() {
        return project.resolve("docs/performance.md");
    }
}
