package dk.sygesikring.benchmarks.suite;

import dk.sygesikring.benchmarks.dataset.NationalDataset;
import dk.sygesikring.dev.postgres.EmbeddedClusters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark suite: starts the service (its production jar, production configuration, a real JWT key) and the
 * LUNA simulator on the national dataset, measures the machine's limits and every scenario in one run, and writes
 * docs/performance.json and the generated part of docs/performance.md. Loads come from wrk and pgbench, separate
 * processes on loopback; every load is bounded in time and preceded by the same warm-up.
 *
 * <pre>./mvnw -Pbenchmark -pl benchmarks -am -DskipTests package [-Dbenchmark.seconds=30]</pre>
 */
public final class BenchmarkSuite {

    static final int SERVICE_PORT = 18080;
    static final int SIMULATOR_PORT = 18091;
    static final String CASEWORKER = "cw-benchmark";
    static final String CARD_SUPPLIER_SECRET = "benchmark-card-supplier-secret";

    private final SuiteOptions options;
    private final Path work;
    private final Tokens tokens = Tokens.withRandomKey();
    private final List<Scenario> scenarios = new ArrayList<>();
    private double pgbenchTps;
    private double ceiling;
    private JavaProcess service;
    private List<String> serviceJvmOptions;
    private int gcLogLine;

    private BenchmarkSuite(SuiteOptions options, Path work) {
        this.options = options;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        SuiteOptions options = SuiteOptions.parse(args);
        Path work = Files.createTempDirectory("sygesikring-benchmark");
        if (options.jdbcUrl() != null) {
            new BenchmarkSuite(options, work).run(options.jdbcUrl(), options.postgresPort());
            return;
        }
        Path directory = Path.of(System.getProperty("user.home"), ".sygesikring", "national-postgres");
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no national dataset in " + directory + ": load it first (README, 'A Denmark at national scale')");
        }
        try (EmbeddedPostgres postgres = EmbeddedClusters.onDisk(NationalDataset.EMBEDDED_PORT, directory)) {
            new BenchmarkSuite(options, work).run(postgres.getJdbcUrl("postgres", "postgres"), NationalDataset.EMBEDDED_PORT);
        }
    }

    private void run(String jdbcUrl, int postgresPort) throws Exception {
        String startedAt = Instant.now().toString();
        Samples samples = new Samples(jdbcUrl);
        long persons = samples.persons();
        log("%,d persons in %s; work directory %s", persons, jdbcUrl, work);
        Path cprs = work.resolve("cprs.txt");
        log("sampled %,d active persons over the whole population", samples.activePersons(options.sampledPersons(), cprs));
        Path choices = work.resolve("doctor-choices.txt");
        log("sampled %,d persons for doctor choices", samples.doctorChoices(options.doctorChoices(), choices));
        Path cardOrders = work.resolve("card-orders.txt");
        log("sampled %,d citizens for card orders", CardPaymentFlow.writeOrders(samples.cardOrders(options.cardOrders()),
                tokens, cardOrders));
        List<String> municipalities = samples.municipalities();
        Pgbench pgbench = new Pgbench(postgresPort);
        pgbench.initialise();

        try (JavaProcess luna = startSimulators()) {
            Wrk wrk = new Wrk(options.scripts(), "http://localhost:" + SERVICE_PORT);
            String token = tokens.caseworker("101", CASEWORKER, Duration.ofHours(2));
            double startupWithoutCacheMs = trainAheadOfTimeCache(jdbcUrl, wrk, token, cprs);
            measure(jdbcUrl, postgresPort, pgbench, wrk, token, cprs, choices, cardOrders, municipalities, startedAt,
                    persons, startupWithoutCacheMs);
        }
    }

    /**
     * A training run (JDK 25's ahead-of-time cache, JEP 483/514/515): the service started without a cache, a few
     * seconds of every read, and a clean stop, at which the JVM writes the classes it loaded and linked and the
     * methods' profiles to a cache file; the measured run starts from it. Returns the first answer's time without one.
     */
    private double trainAheadOfTimeCache(String jdbcUrl, Wrk wrk, String token, Path cprs) throws Exception {
        Path cache = work.resolve("service.aot");
        List<String> training = new ArrayList<>(options.serviceJvmOptions());
        training.add("-XX:AOTCacheOutput=" + cache);
        double startupMs;
        try (JavaProcess started = startService("service-training", jdbcUrl, training)) {
            service = started;
            startupMs = waitForFirstAnswer();
            log("training run: first answered request %.0f ms after the JVM started, without a cache", startupMs);
            for (String path : List.of("/municipalities", "/persons/%s", "/persons/%s/overview", "/persons/%s/choice-list")) {
                wrk.run("get.lua", options.connections(), Duration.ofSeconds(5), Map.of("TOKEN", token,
                        "PATH_TEMPLATE", path, "CPR_FILE", path.contains("%s") ? cprs.toString() : ""));
            }
        }
        serviceJvmOptions = new ArrayList<>(options.serviceJvmOptions());
        if (Files.exists(cache)) {
            serviceJvmOptions.add("-XX:AOTCache=" + cache);
            log("ahead-of-time cache written: %,d MiB", Files.size(cache) / 1024 / 1024);
        } else {
            log("no ahead-of-time cache was written (a JDK before 25?): measuring without one");
        }
        return startupMs;
    }

    private void measure(String jdbcUrl, int postgresPort, Pgbench pgbench, Wrk wrk, String token, Path cprs,
                         Path choices, Path cardOrders, List<String> municipalities, String startedAt, long persons,
                         double startupWithoutCacheMs) throws Exception {
        gcLogLine = 0;
        try (JavaProcess started = startService("service", jdbcUrl, serviceJvmOptions)) {
            service = started;
            double startupMs = waitForFirstAnswer();
            log("first answered request %.0f ms after the service's JVM started", startupMs);
            synchroniseRegister(jdbcUrl);

            List<Pgbench.Result> machine = new ArrayList<>();
            machine.add(pgbench.selectOnly(options.connections(), options.duration()));
            log("pgbench -S: %,.0f tps", machine.getFirst().tps());
            pgbenchTps = machine.getFirst().tps();

            Scenario ceilingScenario = read(wrk, "framework ceiling", "/municipalities", token, null, 0);
            ceiling = ceilingScenario.load().perSecond();
            read(wrk, "person", "/persons/%s", token, cprs, 0);
            Scenario overview = read(wrk, "person overview", "/persons/%s/overview", token, cprs, 0);
            read(wrk, "person overview at half its maximum", "/persons/%s/overview", token, cprs,
                    overview.load().perSecond() / 2);
            Scenario choiceList = read(wrk, "personal choice list", "/persons/%s/choice-list", token, cprs, 0);
            read(wrk, "personal choice list at half its maximum", "/persons/%s/choice-list", token, cprs,
                    choiceList.load().perSecond() / 2);
            Instant doctorChoicesStarted = Instant.now();
            Report.Outbox outbox = doctorChoices(wrk, token, choices, jdbcUrl);
            LetterFlow.Result letters = letters(jdbcUrl, doctorChoicesStarted);
            CardPaymentFlow.Result cards = cardOrders(wrk, jdbcUrl, cardOrders, municipalities);
            twoInstances(jdbcUrl, wrk, token, cprs);

            machine.add(pgbench.selectOnly(options.connections(), options.duration()));
            log("pgbench -S again: %,.0f tps", machine.getLast().tps());
            pgbenchTps = machine.stream().mapToDouble(Pgbench.Result::tps).average().orElseThrow();
            scenarios.replaceAll(this::withShares);

            Report.Run report = new Report.Run(startedAt, machine(), postgresVersion(jdbcUrl), durability(jdbcUrl), persons,
                    practitioners(jdbcUrl), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    serviceJvmOptions, startupWithoutCacheMs, startupMs, machine, pgbenchTps, ceiling, scenarios, outbox, letters,
                    cards);
            Report.write(report, options.json(), options.markdown());
            System.out.println(Report.markdown(report));
            log("wrote %s and %s", options.json(), options.markdown());
        }
    }

    /**
     * The register synchronised with LUNA (INT-1), as every night: the patient counts then include the registrations
     * of earlier runs, so each run starts from a morning, not from the end of every day measured before it (DOC-7's
     * count reads the persons moved since the last synchronisation).
     */
    private void synchroniseRegister(String jdbcUrl) throws IOException, InterruptedException, SQLException {
        long moved = longQuery(jdbcUrl, "SELECT count(*) FROM patient_move");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + SERVICE_PORT + "/practitioner-synchronisations"))
                .header("Authorization", "Bearer " + tokens.system(Duration.ofMinutes(5)))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201 || !answer.body().contains("\"COMPLETED\"")) {
            throw new IllegalStateException("the synchronisation with LUNA failed: " + answer.statusCode() + " " + answer.body());
        }
        log("register synchronised with LUNA: moves since the counts %,d before, %,d after", moved,
                longQuery(jdbcUrl, "SELECT count(*) FROM patient_move"));
    }

    private JavaProcess startSimulators() throws IOException, InterruptedException {
        JavaProcess simulators = JavaProcess.start("simulators", work, List.of("-Xmx512m"),
                List.of("-jar", options.project().resolve("adapters/simulators/target/sygesikring-simulators.jar").toString()),
                Map.of("CPR_SIMULATOR_PORT", String.valueOf(SIMULATOR_PORT),
                        "LUNA_SIMULATOR_PORT", String.valueOf(SIMULATOR_PORT + 1),
                        "DIGITAL_POST_SIMULATOR_PORT", String.valueOf(SIMULATOR_PORT + 2),
                        "CARD_SUPPLIER_SIMULATOR_PORT", String.valueOf(SIMULATOR_PORT + 3),
                        "CARD_SUPPLIER_REPORT_URL", "http://localhost:" + SERVICE_PORT + "/card-supplier/reports",
                        "CARD_SUPPLIER_REPORT_SECRET", CARD_SUPPLIER_SECRET,
                        "NETS_SIMULATOR_PORT", String.valueOf(SIMULATOR_PORT + 4),
                        "NETS_SIMULATOR_MERCHANTS", CardPaymentFlow.NETS_MERCHANT + "=" + CardPaymentFlow.NETS_SECRET_KEY,
                        "SIMULATED_POPULATION", options.preset()));
        awaitHttp("http://localhost:" + (SIMULATOR_PORT + 1) + "/luna/practitioners", Duration.ofSeconds(60), simulators);
        return simulators;
    }

    private JavaProcess startService(String name, String jdbcUrl, List<String> jvmOptions) throws IOException {
        return startService(name, SERVICE_PORT, jdbcUrl, jvmOptions);
    }

    private JavaProcess startService(String name, int port, String jdbcUrl, List<String> jvmOptions) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PORT", String.valueOf(port));
        environment.put("DATASOURCES_DEFAULT_URL", jdbcUrl.replaceAll("\\?.*", ""));
        environment.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
        environment.put("DATASOURCES_DEFAULT_PASSWORD", "postgres");
        environment.put("SYGESIKRING_JWT_SECRET", tokens.secret());
        environment.put("SYGESIKRING_CARD_SUPPLIER_REPORT_SECRET", CARD_SUPPLIER_SECRET);
        environment.put("SYGESIKRING_NETS_WEBHOOK_AUTHORIZATION", "benchmark-nets-webhook-authorization");
        environment.put("SYGESIKRING_PRINT_REPORT_SECRET", "benchmark-print-report-secret");
        environment.put("SYGESIKRING_CARD_SUPPLIER_URL", "http://localhost:" + (SIMULATOR_PORT + 3));
        environment.put("SYGESIKRING_NETS_URL", "http://localhost:" + (SIMULATOR_PORT + 4));
        environment.put("SYGESIKRING_NETS_WEBHOOK_URL", "http://localhost:" + port + "/nets/webhooks");
        environment.put("SYGESIKRING_NETS_SECRET_KEYS_BENCHMARK_NETS", CardPaymentFlow.NETS_SECRET_KEY);
        environment.put("SYGESIKRING_CPR_URL", "http://localhost:" + SIMULATOR_PORT);
        environment.put("SYGESIKRING_LUNA_URL", "http://localhost:" + (SIMULATOR_PORT + 1));
        environment.put("SYGESIKRING_DIGITAL_POST_URL", "http://localhost:" + (SIMULATOR_PORT + 2));
        List<String> main = List.of("-jar", options.project().resolve("adapters/server/target/sygesikring.jar").toString());
        return JavaProcess.start(name, work, jvmOptions, main, environment);
    }

    /** From the JVM's start to the first 200 of an authenticated read. */
    private double waitForFirstAnswer() throws IOException, InterruptedException {
        return waitForFirstAnswer(service, SERVICE_PORT);
    }

    private double waitForFirstAnswer(JavaProcess service, int port) throws IOException, InterruptedException {
        String token = tokens.caseworker("101", CASEWORKER, Duration.ofMinutes(5));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/municipalities"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped; see " + work.resolve("service.log"));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return JavaProcess.since(service.startedAtNanos()).toNanos() / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the service did not answer within 120 s; see " + work.resolve("service.log"));
    }

    private Scenario read(Wrk wrk, String name, String path, String token, Path cprs, double offeredPerSecond)
            throws Exception {
        Map<String, String> environment = new LinkedHashMap<>(Map.of("TOKEN", token, "PATH_TEMPLATE", path,
                "CPR_FILE", cprs == null ? "" : cprs.toString()));
        int connections = options.connections();
        String offered = "as fast as answered";
        if (offeredPerSecond > 0) {
            // each connection waits this long after an answer: connections / delay ≈ the offered rate
            long delayMs = Math.max(1, Math.round(connections * 1000.0 / offeredPerSecond));
            environment.put("DELAY_MS", String.valueOf(delayMs));
            offered = String.format("%,.0f/s (%d ms between requests per connection)", offeredPerSecond, delayMs);
        }
        log("%s: warm-up %d s", name, options.warmUp().toSeconds());
        Load warmUp = wrk.run("get.lua", connections, options.warmUp(), environment);
        Load load = wrk.run("get.lua", connections, options.duration(), environment);
        log("%s: %,.0f/s, p50 %.2f ms, p99 %.2f ms, %d non-2xx, %d socket errors", name, load.perSecond(), load.p50Ms(),
                load.p99Ms(), load.non2xx(), load.socketErrors());
        Scenario scenario = new Scenario(name, "GET " + path.replace("%s", "{cpr}"), connections, offered, warmUp, load,
                memory(), 0, 0);
        scenarios.add(scenario);
        return scenario;
    }

    /**
     * A second instance of the service on the same database (docs/scaling.md): both read overviews at once, each
     * under its own wrk; the scenario's figure is their sum.
     */
    private void twoInstances(String jdbcUrl, Wrk first, String token, Path cprs) throws Exception {
        int port = SERVICE_PORT + 1;
        try (JavaProcess second = startService("service-second", port, jdbcUrl, serviceJvmOptions)) {
            waitForFirstAnswer(second, port);
            Wrk other = new Wrk(options.scripts(), "http://localhost:" + port);
            Map<String, String> environment = Map.of("TOKEN", token, "PATH_TEMPLATE", "/persons/%s/overview",
                    "CPR_FILE", cprs.toString());
            int connections = options.connections() / 2;
            other.run("get.lua", connections, options.warmUp(), environment);
            var secondLoad = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return other.run("get.lua", connections, options.duration(), environment);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Load one = first.run("get.lua", connections, options.duration(), environment);
            Load two = secondLoad.join();
            Load sum = new Load(one.requests() + two.requests(), one.seconds(), one.perSecond() + two.perSecond(),
                    Math.max(one.p50Ms(), two.p50Ms()), Math.max(one.p95Ms(), two.p95Ms()), Math.max(one.p99Ms(), two.p99Ms()),
                    Math.max(one.maxMs(), two.maxMs()), one.non2xx() + two.non2xx(), one.socketErrors() + two.socketErrors());
            log("two instances: %,.0f/s + %,.0f/s", one.perSecond(), two.perSecond());
            scenarios.add(new Scenario("person overview, two instances on one database (sum; worse instance's latencies)",
                    "GET /persons/{cpr}/overview", 2 * connections,
                    String.format("%,.0f/s + %,.0f/s", one.perSecond(), two.perSecond()), null, sum, memory(), 0, 0));
        }
    }

    private Report.Outbox doctorChoices(Wrk wrk, String token, Path choices, String jdbcUrl) throws Exception {
        Map<String, String> environment = Map.of("TOKEN", token, "PAIRS_FILE", choices.toString(),
                "VALID_FROM", LocalDate.now().toString());
        long before = lunaOutbox(jdbcUrl, "true");
        Instant loadStarted = Instant.now();
        log("doctor choices: %d s", options.duration().toSeconds());
        Load load = wrk.run("doctor-choices.lua", options.connections(), options.duration(), environment);
        log("doctor choices: %,.0f/s, p50 %.2f ms, p99 %.2f ms, %d non-2xx", load.perSecond(), load.p50Ms(), load.p99Ms(),
                load.non2xx());
        scenarios.add(new Scenario("doctor-choice creation", "POST /doctor-choices", options.connections(),
                "as fast as answered", null, load, memory(), 0, 0));
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (lunaOutbox(jdbcUrl, "state = 'PENDING'") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double drain = Duration.between(loadStarted, Instant.now()).toMillis() / 1000.0;
        String recent = "created_at >= '" + loadStarted + "'";
        long created = lunaOutbox(jdbcUrl, "true") - before;
        long delivered = lunaOutbox(jdbcUrl, recent + " AND state = 'CONFIRMED'");
        return new Report.Outbox(created, delivered, lunaOutbox(jdbcUrl, recent + " AND state = 'REFUSED'"),
                lunaOutbox(jdbcUrl, "state = 'PENDING'"), drain, delivered / drain);
    }

    /** The letters of the doctor-choice load, {@link LetterFlow}; a failed count leaves them out of the report, not the run. */
    private LetterFlow.Result letters(String jdbcUrl, Instant loadStarted) throws InterruptedException {
        try {
            LetterFlow.Result letters = new LetterFlow(jdbcUrl).measure(loadStarted, Duration.ofSeconds(600));
            log("letters of the doctor choices: %s", letters);
            return letters;
        } catch (SQLException e) {
            log("letters of the doctor choices not counted: %s", e.getMessage());
            return null;
        }
    }

    /** Card orders with payment from end to end, {@link CardPaymentFlow}. */
    private CardPaymentFlow.Result cardOrders(Wrk wrk, String jdbcUrl, Path orders, List<String> municipalities)
            throws Exception {
        CardPaymentFlow flow = new CardPaymentFlow(jdbcUrl, "http://localhost:" + SERVICE_PORT,
                "http://localhost:" + (SIMULATOR_PORT + 4), "http://localhost:" + (SIMULATOR_PORT + 3));
        flow.prepare(municipalities, tokens);
        log("card orders with payment: %d s", options.duration().toSeconds());
        CardPaymentFlow.Result result = flow.run(wrk, options.connections(), options.duration(), orders, scenarios,
                this::memory);
        log("card orders: %s", result);
        return result;
    }

    private Scenario withShares(Scenario s) {
        return new Scenario(s.name(), s.request(), s.connections(), s.offered(), s.warmUp(), s.load(), s.memory(),
                s.load().perSecond() / pgbenchTps, ceiling == 0 ? 0 : s.load().perSecond() / ceiling);
    }

    private Scenario.Memory memory() throws IOException {
        long[] resident = service.residentMemoryMib();
        long[] heap = service.heapMib(gcLogLine);
        gcLogLine = (int) heap[3];
        return new Scenario.Memory(resident[0], resident[1], heap[0], heap[1], heap[2]);
    }

    private static long lunaOutbox(String jdbcUrl, String condition) throws SQLException {
        return longQuery(jdbcUrl, "SELECT count(*) FROM outbox WHERE kind = 'LUNA_REGISTRATION' AND " + condition);
    }

    private static long practitioners(String jdbcUrl) throws SQLException {
        return longQuery(jdbcUrl, "SELECT count(*) FROM practitioner");
    }

    private static long longQuery(String jdbcUrl, String query) throws SQLException {
        return Long.parseLong(single(jdbcUrl, query));
    }

    private static String postgresVersion(String jdbcUrl) throws SQLException {
        return single(jdbcUrl, "SHOW server_version");
    }

    private static String single(String jdbcUrl, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Map<String, String> durability(String jdbcUrl) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes", "shared_buffers")) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
                    result.next();
                    settings.put(setting, result.getString(1));
                }
            }
        }
        return settings;
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        long memoryGib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        return String.format("%d cores (%s), %d GiB", Runtime.getRuntime().availableProcessors(), cpu, memoryGib);
    }

    private static void awaitHttp(String url, Duration timeout, JavaProcess process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(process + " did not answer " + url);
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("[benchmark] " + format + "%n", arguments);
    }
}
