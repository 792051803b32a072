package dk.sygesikring.server.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production artefact, target/sygesikring.jar, as an operator gets it: it holds nothing for development, it
 * refuses to start without its database and token key, and started with them it serves the API but no
 * development endpoint. Runs after {@code package} (failsafe), against the jar itself in a process of its own.
 */
class ArtefactIT {

    private static final Path JAR = Path.of("target", "sygesikring.jar");
    private static final String SECRET = "artefact-test-signing-key-0123456789-abcdefgh";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void the_jar_holds_no_class_of_the_development_module_no_simulator_and_no_PostgreSQL_binaries() throws IOException {
        assertThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("the service's own classes are there").contains("dk/sygesikring/server/Application.class");
            assertThat(names).as("development classes")
                    .noneMatch(name -> name.startsWith("dk/sygesikring/dev/"))
                    .noneMatch(name -> name.startsWith("dk/sygesikring/simulators/"));
            assertThat(names).as("embedded PostgreSQL")
                    .noneMatch(name -> name.startsWith("io/zonky/"))
                    .noneMatch(name -> name.endsWith(".txz"));
            assertThat(names).as("the dev environment's configuration").doesNotContain("application-dev.yml");
        }
    }

    @Test
    void without_a_datasource_url_and_a_token_key_it_exits_with_one_line_naming_them() throws Exception {
        Process service = start(Map.of());
        assertThat(service.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("exited").isTrue();
        String errors = new String(service.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(service.exitValue()).isEqualTo(2);
        assertThat(errors.lines()).hasSize(1);
        assertThat(errors).startsWith("Sygesikring cannot start").contains("DATASOURCES_DEFAULT_URL").contains("SYGESIKRING_JWT_SECRET")
                .contains("SYGESIKRING_CARD_SUPPLIER_REPORT_SECRET");
    }

    @Test
    void without_only_the_token_key_it_exits_naming_just_that() throws Exception {
        Process service = start(Map.of("DATASOURCES_DEFAULT_URL", postgres.getJdbcUrl("postgres", "postgres")));
        assertThat(service.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("exited").isTrue();
        String errors = new String(service.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(service.exitValue()).isEqualTo(2);
        assertThat(errors).contains("SYGESIKRING_JWT_SECRET").doesNotContain("DATASOURCES_DEFAULT_URL");
    }

    @Test
    void started_as_in_production_it_serves_the_API_and_has_no_development_token_endpoint() throws Exception {
        int port = freePort();
        Process service = start(Map.of(
                "DATASOURCES_DEFAULT_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "DATASOURCES_DEFAULT_USERNAME", "postgres",
                "DATASOURCES_DEFAULT_PASSWORD", "postgres",
                "SYGESIKRING_JWT_SECRET", SECRET,
                "SYGESIKRING_CARD_SUPPLIER_REPORT_SECRET", "artefact-test-card-supplier-secret",
                "SYGESIKRING_NETS_WEBHOOK_AUTHORIZATION", "artefact-test-nets-webhook-authorization",
                "SYGESIKRING_PRINT_REPORT_SECRET", "artefact-test-print-report-secret",
                "PORT", String.valueOf(port)));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + port;
            awaitHealthy(http, base, service);

            HttpResponse<String> devTokens = http.send(HttpRequest.newBuilder(URI.create(base + "/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"SYSTEM\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(devTokens.statusCode()).isEqualTo(404);

            HttpResponse<String> municipalities = http.send(HttpRequest.newBuilder(URI.create(base + "/municipalities"))
                    .header("Authorization", "Bearer " + caseworkerToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(municipalities.statusCode()).isEqualTo(200);
            assertThat(municipalities.body()).contains("\"code\":\"101\"").contains("København");
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /** The jar started as an operator starts it, with only the given environment (nothing of this JVM's). */
    private static Process start(Map<String, String> environment) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("sygesikring-artefact", ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitHealthy(HttpClient http, String base, Process service) throws Exception {
        Instant giveUp = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(giveUp)) {
            assertThat(service.isAlive()).as("the service is still running").isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become healthy within " + START_LIMIT);
    }

    private static String caseworkerToken() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("cw-101-1")
                .claim("roles", List.of("CASEWORKER")).claim("municipality", "101").claim("caseworker_id", "cw-101-1")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
