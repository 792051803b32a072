package dk.sygesikring.simulators.print;

import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static dk.sygesikring.simulators.print.PrintSimulatorTest.letter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.simulators.http.SimulatorClient;
import dk.sygesikring.simulators.reports.ReportFaults;
import dk.sygesikring.simulators.reports.ReportReceiver.Received;
import dk.sygesikring.simulators.reports.ReportReceiver;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The print simulator's reports to the service, received by a small JDK HTTP server in the role of the service's
 * report endpoint. Reports are retried after 20 ms doubling to 200 ms here, so that retries take milliseconds. Like
 * PrintSimulatorTest, these tests prove the simulator and name no rule ID.
 */
class PrintReportsTest {

    private static final String PATH = "/print/reports";
    private static final String SECRET = "test-print-report-secret";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    private PrintSimulator simulator;
    private SimulatorClient print;
    private ReportReceiver service;

    @BeforeEach
    void start() {
        simulator = PrintSimulator.start(0, PrintSimulator.Options.defaults()
                .withReportRetry(Duration.ofMillis(20), Duration.ofMillis(200)));
        print = new SimulatorClient(simulator.baseUrl());
        service = new ReportReceiver(PATH, ReportSignature.HEADER);
    }

    @AfterEach
    void stop() {
        simulator.close();
        service.close();
    }

    @Test
    @DisplayName("each print and post is posted as a report under Print-Signature, HMAC-SHA256 of the time and the raw body")
    void each_step_is_reported_and_signed() throws Exception {
        simulator.reportTo(service.url(), SECRET);
        UUID id = accepted();
        long before = Instant.now().getEpochSecond();

        simulator.post(id);

        List<Received> received = service.awaitAcknowledged(2, WAIT);
        assertThat(received).extracting(Received::status).containsExactly("PRINTED", "POSTED");
        Map<String, Object> status = object(print.get("/simulator/letters/" + id));
        for (Received report : received) {
            Map<String, Object> json = report.json();
            assertThat(json).as("no reason but for UNDELIVERABLE")
                    .containsOnlyKeys("reportId", "letterId", "status", "occurredAt", "printReference")
                    .containsEntry("letterId", id.toString()).containsEntry("printReference", "FP-000001");
            assertThat(UUID.fromString((String) json.get("reportId"))).isNotNull();
            assertThat(json.get("occurredAt")).isEqualTo(status.get(report.status().equals("PRINTED") ? "printedAt" : "postedAt"));

            Matcher signature = SIGNATURE.matcher(report.signature());
            assertThat(signature.matches()).as("signature header " + report.signature()).isTrue();
            long signedAt = Long.parseLong(signature.group(1));
            assertThat(signedAt).isBetween(before - 1, Instant.now().getEpochSecond() + 1);
            String signed = signedAt + "." + new String(report.body(), StandardCharsets.UTF_8);
            assertThat(signature.group(2)).isEqualTo(hmacSha256Hex(SECRET, signed))
                    .isNotEqualTo(hmacSha256Hex("another secret", signed));
            assertThat(report.signature()).as("the card supplier's scheme, to the letter")
                    .isEqualTo(dk.sygesikring.simulators.cardsupplier.ReportSignature.header(SECRET, signedAt, report.body()));
        }
        assertThat(received.get(0).reportId()).isNotEqualTo(received.get(1).reportId());
        simulator.awaitDeliveredReports(2, WAIT);
        assertThat(list(print.get("/simulator/reports"))).extracting(report -> report.get("status"), report -> report.get("copy"),
                        report -> report.get("attempts"), report -> report.get("reportId"), report -> report.get("reason"))
                .containsExactly(tuple("PRINTED", 1, 1, received.get(0).reportId(), null),
                        tuple("POSTED", 1, 1, received.get(1).reportId(), null));
    }

    @Test
    @DisplayName("a letter returned undeliverable is reported after PRINTED and POSTED, with its reason")
    void an_undeliverable_letter_is_reported_with_its_reason() throws Exception {
        simulator.reportTo(service.url(), SECRET);
        UUID id = accepted();

        assertThat(print.post("/simulator/letters/" + id + "/undeliverable",
                "{\"reason\": \"Modtageren er ukendt på adressen\"}").statusCode()).isEqualTo(200);

        List<Received> received = service.awaitAcknowledged(3, WAIT);
        assertThat(received).extracting(Received::status).containsExactly("PRINTED", "POSTED", "UNDELIVERABLE");
        Map<String, Object> returned = received.get(2).json();
        assertThat(returned).containsOnlyKeys("reportId", "letterId", "status", "occurredAt", "printReference", "reason")
                .containsEntry("reason", "Modtageren er ukendt på adressen")
                .containsEntry("occurredAt", object(print.get("/simulator/letters/" + id)).get("undeliverableAt"));
        assertThat(simulator.awaitDeliveredReports(3, WAIT)).last().satisfies(report -> {
            assertThat(report.status()).isEqualTo(LetterStatus.UNDELIVERABLE);
            assertThat(report.reason()).isEqualTo("Modtageren er ukendt på adressen");
            assertThat(report.letterId()).isEqualTo(id);
        });
        assertThat(received).extracting(Received::reportId).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a report is sent again with growing back-off after 5xx, 4xx and 3xx until the service answers 2xx")
    void a_report_is_retried_with_growing_backoff_until_acknowledged() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int[] answers = {503, 500, 401, 302, 204};
        service.answer(report -> answers[Math.min(calls.getAndIncrement(), answers.length - 1)]);
        simulator.reportTo(service.url(), SECRET);
        UUID id = accepted();

        simulator.print(id);

        List<Received> received = service.awaitAcknowledged(1, WAIT);
        assertThat(received).extracting(Received::answered).containsExactly(503, 500, 401, 302, 204);
        assertThat(received).extracting(Received::reportId).containsOnly(received.getFirst().reportId());
        assertThat(received).extracting(report -> new String(report.body(), StandardCharsets.UTF_8))
                .as("the same body every time").containsOnly(new String(received.getFirst().body(), StandardCharsets.UTF_8));
        long[] expectedWaits = {20, 40, 80, 160};
        for (int i = 1; i < received.size(); i++) {
            long gapMillis = (received.get(i).arrivedAtNanos() - received.get(i - 1).arrivedAtNanos()) / 1_000_000;
            assertThat(gapMillis).as("wait before attempt " + (i + 1)).isGreaterThanOrEqualTo(expectedWaits[i - 1] - 2);
        }
        simulator.awaitDeliveredReports(1, WAIT);
        assertThat(list(print.get("/simulator/reports"))).singleElement()
                .satisfies(report -> assertThat(report).containsEntry("attempts", 5).containsEntry("copy", 1));
        assertThat(simulator.pendingReports()).isZero();
    }

    @Test
    @DisplayName("a service that cannot be reached is tried again until it can, the attempts counted on")
    void an_unreachable_service_is_retried() throws Exception {
        simulator.reportTo(URI.create("http://localhost:" + freePort() + PATH), SECRET);
        UUID id = accepted();
        simulator.print(id);

        awaitPendingAttempts(2);
        Map<String, Object> pending = list(print.get("/simulator/reports/pending")).getFirst();
        assertThat(pending).containsEntry("letterId", id.toString()).containsEntry("status", "PRINTED").containsEntry("copy", 1);
        assertThat((String) pending.get("lastFailure")).contains("ConnectException");

        assertThat(print.put("/simulator/report-target",
                "{\"url\": \"" + service.url() + "\", \"secret\": \"" + SECRET + "\"}").statusCode()).isEqualTo(204);

        assertThat(service.awaitAcknowledged(1, WAIT)).hasSize(1);
        assertThat(simulator.awaitDeliveredReports(1, WAIT)).singleElement()
                .satisfies(report -> assertThat(report.attempts()).isGreaterThanOrEqualTo(3));
        assertThat(list(print.get("/simulator/reports/pending"))).isEmpty();
    }

    @Test
    @DisplayName("without a target reports are kept, and sent in the order they happened once a target is set")
    void without_a_target_reports_are_kept_until_one_is_set() throws Exception {
        List<UUID> ids = List.of(accepted(), accepted(), accepted());
        ids.forEach(simulator::post);
        assertThat(simulator.pendingReports()).isEqualTo(6);
        assertThat(list(print.get("/simulator/reports/pending"))).extracting(report -> report.get("attempts")).containsOnly(0);
        assertThat(object(print.get("/simulator/report-target"))).containsEntry("url", null);

        assertThat(print.put("/simulator/report-target",
                "{\"url\": \"" + service.url() + "\", \"secret\": \"" + SECRET + "\"}").statusCode()).isEqualTo(204);

        List<Received> received = service.awaitAcknowledged(6, WAIT);
        List<String> expected = new ArrayList<>();
        ids.forEach(id -> {
            expected.add(id + " PRINTED");
            expected.add(id + " POSTED");
        });
        assertThat(received).extracting(report -> report.subject("letterId") + " " + report.status()).containsExactlyElementsOf(expected);
        assertThat(object(print.get("/simulator/report-target"))).isEqualTo(Map.of("url", service.url().toString()));
    }

    @Test
    @DisplayName("while one letter's report is retried its next report waits, and other letters' reports go on")
    void one_letters_reports_keep_their_order_while_others_go_on() throws Exception {
        UUID stuck = accepted();
        UUID other = accepted();
        AtomicInteger stuckAttempts = new AtomicInteger();
        service.answer(report -> report.subject("letterId").equals(stuck.toString()) && stuckAttempts.incrementAndGet() <= 4 ? 503 : 200);
        simulator.reportTo(service.url(), SECRET);

        simulator.post(stuck);
        simulator.post(other);

        List<Received> received = service.awaitAcknowledged(4, WAIT);
        List<Received> ofStuck = received.stream().filter(report -> report.subject("letterId").equals(stuck.toString())).toList();
        assertThat(ofStuck).extracting(Received::status, Received::answered).containsExactly(
                tuple("PRINTED", 503), tuple("PRINTED", 503),
                tuple("PRINTED", 503), tuple("PRINTED", 503),
                tuple("PRINTED", 200), tuple("POSTED", 200));
        int otherPosted = indexOf(received, other, "POSTED");
        assertThat(otherPosted).as("the other letter's reports do not wait for the stuck one")
                .isLessThan(indexOf(received, stuck, "POSTED"));
        assertThat(indexOf(received, other, "PRINTED")).isLessThan(otherPosted);
    }

    @Test
    @DisplayName("a service slow to answer does not slow the print API: letters and production answer at once")
    void a_slow_service_does_not_slow_the_print_api() throws Exception {
        service.delay(Duration.ofSeconds(2));
        simulator.reportTo(service.url(), SECRET);
        UUID first = accepted();
        simulator.post(first);

        long started = System.nanoTime();
        UUID second = accepted();
        assertThat(print.post("/simulator/letters/" + second + "/post", "").statusCode()).isEqualTo(200);
        assertThat(print.post("/simulator/production/run", "").statusCode()).isEqualTo(200);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).isLessThan(1000);
        service.delay(Duration.ZERO);
        assertThat(simulator.awaitDeliveredReports(4, WAIT)).hasSize(4);
    }

    @Test
    @DisplayName("repeat: each report is delivered the asked number of times, each copy until acknowledged, in order")
    void repeat_delivers_each_report_that_many_times() throws Exception {
        assertThat(print.put("/simulator/report-faults", "{\"repeat\": 3}").statusCode()).isEqualTo(204);
        assertThat(object(print.get("/simulator/report-faults")))
                .isEqualTo(Map.of("repeat", 3, "shuffle", false, "delayMillis", 0));
        AtomicInteger calls = new AtomicInteger();
        service.answer(report -> calls.incrementAndGet() == 2 ? 503 : 200);
        simulator.reportTo(service.url(), SECRET);
        UUID id = accepted();

        simulator.post(id);

        List<Received> received = service.awaitAcknowledged(6, WAIT);
        assertThat(received.stream().filter(Received::acknowledged).map(Received::status).toList())
                .containsExactly("PRINTED", "PRINTED", "PRINTED", "POSTED", "POSTED", "POSTED");
        assertThat(received.stream().filter(report -> report.status().equals("PRINTED")).map(Received::reportId).distinct()).hasSize(1);
        assertThat(received.stream().map(report -> new String(report.body(), StandardCharsets.UTF_8)).distinct())
                .as("a copy is the same report, byte for byte").hasSize(2);
        simulator.awaitDeliveredReports(6, WAIT);
        assertThat(list(print.get("/simulator/reports"))).extracting(report -> report.get("copy"), report -> report.get("attempts"))
                .containsExactly(tuple(1, 1), tuple(2, 2),
                        tuple(3, 1), tuple(1, 1),
                        tuple(2, 1), tuple(3, 1));
        assertThat(simulator.pendingReports()).as("nothing more to send").isZero();
        assertThat(service.received()).as("six copies acknowledged and one 503").hasSize(7);
    }

    @Test
    @DisplayName("shuffle: pending reports are delivered in random order, a letter's POSTED before its PRINTED among them")
    void shuffle_delivers_pending_reports_in_random_order() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(accepted());
        }
        assertThat(simulator.runProduction()).isEqualTo(20);
        assertThat(print.put("/simulator/report-faults", "{\"shuffle\": true}").statusCode()).isEqualTo(204);

        simulator.reportTo(service.url(), SECRET);

        List<Received> received = service.awaitAcknowledged(40, WAIT);
        assertThat(received).hasSize(40);
        assertThat(received).extracting(Received::reportId).doesNotHaveDuplicates();
        assertThat(ids).as("some letter's reports arrive out of order")
                .anySatisfy(id -> assertThat(indexOf(received, id, "POSTED")).isLessThan(indexOf(received, id, "PRINTED")));
        simulator.reportFaults(ReportFaults.NONE);
        assertThat(object(print.get("/simulator/report-faults"))).containsEntry("shuffle", false);
    }

    @Test
    @DisplayName("delay: each report is held back that long before it is sent")
    void delay_holds_each_report_back() throws Exception {
        assertThat(print.put("/simulator/report-faults", "{\"delayMillis\": 400}").statusCode()).isEqualTo(204);
        simulator.reportTo(service.url(), SECRET);
        UUID id = accepted();
        long printed = System.nanoTime();

        simulator.print(id);

        List<Received> received = service.awaitAcknowledged(1, WAIT);
        assertThat(received).hasSize(1);
        assertThat((received.getFirst().arrivedAtNanos() - printed) / 1_000_000).isGreaterThanOrEqualTo(400);
        assertThat(print.delete("/simulator/report-faults").statusCode()).isEqualTo(204);
        assertThat(object(print.get("/simulator/report-faults"))).containsEntry("delayMillis", 0);
    }

    @Test
    @DisplayName("an injected fault of the print API leaves the reports alone")
    void a_fault_of_the_print_api_leaves_the_reports_alone() throws Exception {
        simulator.reportTo(service.url(), SECRET);
        UUID id = accepted();
        assertThat(print.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);

        assertThat(print.post("/simulator/letters/" + id + "/post", "").statusCode()).isEqualTo(200);

        assertThat(service.awaitAcknowledged(2, WAIT)).hasSize(2);
        assertThat(simulator.awaitDeliveredReports(2, WAIT)).hasSize(2);
        assertThat(list(print.get("/simulator/reports"))).hasSize(2);
    }

    @Test
    @DisplayName("a report target or faults of the wrong form are 400 and change nothing")
    void wrong_targets_and_faults_are_400() {
        assertThat(print.put("/simulator/report-target", "{\"url\": \"" + service.url() + "\"}").statusCode()).isEqualTo(400);
        assertThat(print.put("/simulator/report-target", "{\"url\": \"ftp://localhost/reports\", \"secret\": \"s\"}").statusCode())
                .isEqualTo(400);
        assertThat(print.put("/simulator/report-target", "{\"url\": \"/reports\", \"secret\": \"s\"}").statusCode()).isEqualTo(400);
        assertThat(print.put("/simulator/report-target", "{\"url\": \"" + service.url() + "\", \"secret\": \" \"}").statusCode())
                .isEqualTo(400);
        assertThat(print.put("/simulator/report-faults", "{\"repeat\": 0}").statusCode()).isEqualTo(400);
        assertThat(print.put("/simulator/report-faults", "{\"repeat\": 101}").statusCode()).isEqualTo(400);
        assertThat(print.put("/simulator/report-faults", "{\"delayMillis\": -1}").statusCode()).isEqualTo(400);
        assertThat(object(print.get("/simulator/report-target"))).containsEntry("url", null);
        assertThat(object(print.get("/simulator/report-faults"))).containsEntry("repeat", 1).containsEntry("delayMillis", 0);
        assertThat(print.delete("/simulator/reports").statusCode()).isEqualTo(405);
        assertThat(print.delete("/simulator/report-target").statusCode()).isEqualTo(405);
    }

    private UUID accepted() {
        UUID id = UUID.randomUUID();
        assertThat(print.post("/print/letters", letter(id)).statusCode()).isEqualTo(202);
        return id;
    }

    private void awaitPendingAttempts(int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> pending = list(print.get("/simulator/reports/pending"));
            if (!pending.isEmpty() && (Integer) pending.getFirst().get("attempts") >= attempts) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no pending report reached " + attempts + " attempts");
    }

    private static int indexOf(List<Received> received, UUID letterId, String status) {
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).acknowledged() && received.get(i).subject("letterId").equals(letterId.toString())
                    && received.get(i).status().equals(status)) {
                return i;
            }
        }
        throw new AssertionError("no acknowledged " + status + " report of " + letterId);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Computed here, not with ReportSignature, so that the test checks the scheme rather than repeating the code. */
    private static String hmacSha256Hex(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
