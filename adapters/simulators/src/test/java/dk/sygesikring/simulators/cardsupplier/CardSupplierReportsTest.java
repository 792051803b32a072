package dk.sygesikring.simulators.cardsupplier;

import static dk.sygesikring.simulators.cardsupplier.CardSupplierSimulatorTest.order;
import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
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
 * The card supplier simulator's reports to the service, received by a small JDK HTTP server in the role of the
 * service's report endpoint. Reports are retried after 20 ms doubling to 200 ms here, so that retries take
 * milliseconds. Like CardSupplierSimulatorTest, these tests prove the simulator and name no rule ID.
 */
class CardSupplierReportsTest {

    private static final String PATH = "/card-supplier/reports";
    private static final String SECRET = "test-card-supplier-secret";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");
    private static final String DOCTOR = """
            {"providerNumber": "050208", "practiceName": "Lægerne i Nørregade", "address": "Nørregade 30, 1165 København K"}""";
    private static final String TO_ADDRESS = """
            {"type": "ADDRESS", "address": "Nørregade 12, 2. tv, 1165 København K"}""";

    private CardSupplierSimulator simulator;
    private SimulatorClient supplier;
    private ReportReceiver service;

    @BeforeEach
    void start() {
        simulator = CardSupplierSimulator.start(0, CardSupplierSimulator.Options.defaults()
                .withReportRetry(Duration.ofMillis(20), Duration.ofMillis(200)));
        supplier = new SimulatorClient(simulator.baseUrl());
        service = new ReportReceiver(PATH, ReportSignature.HEADER);
    }

    @AfterEach
    void stop() {
        simulator.close();
        service.close();
    }

    @Test
    @DisplayName("each draw and dispatch is posted as a report, signed with HMAC-SHA256 of the time and the raw body")
    void each_step_is_reported_and_signed() throws Exception {
        simulator.reportTo(service.url(), SECRET);
        UUID id = placed();
        long before = Instant.now().getEpochSecond();

        simulator.dispatch(id);

        List<Received> received = service.awaitAcknowledged(2, WAIT);
        assertThat(received).extracting(Received::status).containsExactly("DRAWN", "DISPATCHED");
        Map<String, Object> status = object(supplier.get("/orders/" + id));
        for (Received report : received) {
            Map<String, Object> json = report.json();
            assertThat(json).containsOnlyKeys("reportId", "orderId", "status", "occurredAt", "supplierReference")
                    .containsEntry("orderId", id.toString()).containsEntry("supplierReference", "CS-000001");
            assertThat(UUID.fromString((String) json.get("reportId"))).isNotNull();
            assertThat(json.get("occurredAt")).isEqualTo(status.get(report.status().equals("DRAWN") ? "drawnAt" : "dispatchedAt"));

            Matcher signature = SIGNATURE.matcher(report.signature());
            assertThat(signature.matches()).as("signature header " + report.signature()).isTrue();
            long signedAt = Long.parseLong(signature.group(1));
            assertThat(signedAt).isBetween(before - 1, Instant.now().getEpochSecond() + 1);
            assertThat(signature.group(2)).isEqualTo(hmacSha256Hex(SECRET, signedAt + "." + new String(report.body(), StandardCharsets.UTF_8)))
                    .isNotEqualTo(hmacSha256Hex("another secret", signedAt + "." + new String(report.body(), StandardCharsets.UTF_8)));
        }
        assertThat(received.get(0).reportId()).isNotEqualTo(received.get(1).reportId());
        simulator.awaitDeliveredReports(2, WAIT);
        assertThat(list(supplier.get("/simulator/reports"))).extracting(report -> report.get("status"), report -> report.get("copy"),
                        report -> report.get("attempts"), report -> report.get("reportId"))
                .containsExactly(tuple("DRAWN", 1, 1, received.get(0).reportId()),
                        tuple("DISPATCHED", 1, 1, received.get(1).reportId()));
    }

    @Test
    @DisplayName("a report is sent again with growing back-off after 5xx, 4xx and 3xx until the service answers 2xx")
    void a_report_is_retried_with_growing_backoff_until_acknowledged() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int[] answers = {503, 500, 404, 302, 204};
        service.answer(report -> answers[Math.min(calls.getAndIncrement(), answers.length - 1)]);
        simulator.reportTo(service.url(), SECRET);
        UUID id = placed();

        simulator.draw(id);

        List<Received> received = service.awaitAcknowledged(1, WAIT);
        assertThat(received).extracting(Received::answered).containsExactly(503, 500, 404, 302, 204);
        assertThat(received).extracting(Received::reportId).containsOnly(received.getFirst().reportId());
        assertThat(received).extracting(report -> new String(report.body(), StandardCharsets.UTF_8))
                .as("the same body every time").containsOnly(new String(received.getFirst().body(), StandardCharsets.UTF_8));
        long[] expectedWaits = {20, 40, 80, 160};
        for (int i = 1; i < received.size(); i++) {
            long gapMillis = (received.get(i).arrivedAtNanos() - received.get(i - 1).arrivedAtNanos()) / 1_000_000;
            assertThat(gapMillis).as("wait before attempt " + (i + 1)).isGreaterThanOrEqualTo(expectedWaits[i - 1] - 2);
        }
        simulator.awaitDeliveredReports(1, WAIT);
        assertThat(list(supplier.get("/simulator/reports"))).singleElement()
                .satisfies(report -> assertThat(report).containsEntry("attempts", 5).containsEntry("copy", 1));
        assertThat(simulator.pendingReports()).isZero();
    }

    @Test
    @DisplayName("a service that cannot be reached is tried again until it can, the attempts counted on")
    void an_unreachable_service_is_retried() throws Exception {
        simulator.reportTo(URI.create("http://localhost:" + freePort() + PATH), SECRET);
        UUID id = placed();
        simulator.draw(id);

        awaitPendingAttempts(2);
        Map<String, Object> pending = list(supplier.get("/simulator/reports/pending")).getFirst();
        assertThat(pending).containsEntry("orderId", id.toString()).containsEntry("status", "DRAWN").containsEntry("copy", 1);
        assertThat((String) pending.get("lastFailure")).contains("ConnectException");

        assertThat(supplier.put("/simulator/report-target",
                "{\"url\": \"" + service.url() + "\", \"secret\": \"" + SECRET + "\"}").statusCode()).isEqualTo(204);

        assertThat(service.awaitAcknowledged(1, WAIT)).hasSize(1);
        assertThat(simulator.awaitDeliveredReports(1, WAIT)).singleElement()
                .satisfies(report -> assertThat(report.attempts()).isGreaterThanOrEqualTo(3));
        assertThat(list(supplier.get("/simulator/reports/pending"))).isEmpty();
    }

    @Test
    @DisplayName("without a target reports are kept, and sent in the order they happened once a target is set")
    void without_a_target_reports_are_kept_until_one_is_set() throws Exception {
        List<UUID> ids = List.of(placed(), placed(), placed());
        ids.forEach(simulator::dispatch);
        Thread.sleep(100);
        assertThat(simulator.pendingReports()).isEqualTo(6);
        assertThat(object(supplier.get("/simulator/report-target"))).containsEntry("url", null);

        assertThat(supplier.put("/simulator/report-target",
                "{\"url\": \"" + service.url() + "\", \"secret\": \"" + SECRET + "\"}").statusCode()).isEqualTo(204);

        List<Received> received = service.awaitAcknowledged(6, WAIT);
        List<String> expected = new ArrayList<>();
        ids.forEach(id -> {
            expected.add(id + " DRAWN");
            expected.add(id + " DISPATCHED");
        });
        assertThat(received).extracting(report -> report.subject("orderId") + " " + report.status()).containsExactlyElementsOf(expected);
        assertThat(object(supplier.get("/simulator/report-target"))).isEqualTo(Map.of("url", service.url().toString()));
    }

    @Test
    @DisplayName("while one order's report is retried its next report waits, and other orders' reports go on")
    void one_orders_reports_keep_their_order_while_others_go_on() throws Exception {
        UUID stuck = placed();
        UUID other = placed();
        AtomicInteger stuckAttempts = new AtomicInteger();
        service.answer(report -> report.subject("orderId").equals(stuck.toString()) && stuckAttempts.incrementAndGet() <= 4 ? 503 : 200);
        simulator.reportTo(service.url(), SECRET);

        simulator.dispatch(stuck);
        simulator.dispatch(other);

        List<Received> received = service.awaitAcknowledged(4, WAIT);
        List<Received> ofStuck = received.stream().filter(report -> report.subject("orderId").equals(stuck.toString())).toList();
        assertThat(ofStuck).extracting(Received::status, Received::answered).containsExactly(
                tuple("DRAWN", 503), tuple("DRAWN", 503),
                tuple("DRAWN", 503), tuple("DRAWN", 503),
                tuple("DRAWN", 200), tuple("DISPATCHED", 200));
        int otherDispatched = indexOf(received, other, "DISPATCHED");
        assertThat(otherDispatched).as("the other order's reports do not wait for the stuck one")
                .isLessThan(indexOf(received, stuck, "DISPATCHED"));
        assertThat(indexOf(received, other, "DRAWN")).isLessThan(otherDispatched);
    }

    @Test
    @DisplayName("a service slow to answer does not slow the order API: orders and production answer at once")
    void a_slow_service_does_not_slow_the_order_api() throws Exception {
        service.delay(Duration.ofSeconds(2));
        simulator.reportTo(service.url(), SECRET);
        UUID first = placed();
        simulator.dispatch(first);

        long started = System.nanoTime();
        UUID second = placed();
        assertThat(supplier.post("/simulator/orders/" + second + "/dispatch", "").statusCode()).isEqualTo(200);
        assertThat(supplier.delete("/orders/" + placed()).statusCode()).isEqualTo(200);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).isLessThan(1000);
        service.delay(Duration.ZERO);
        assertThat(simulator.awaitDeliveredReports(4, WAIT)).hasSize(4);
    }

    @Test
    @DisplayName("repeat: each report is delivered the asked number of times, each copy until acknowledged, in order")
    void repeat_delivers_each_report_that_many_times() throws Exception {
        assertThat(supplier.put("/simulator/report-faults", "{\"repeat\": 3}").statusCode()).isEqualTo(204);
        assertThat(object(supplier.get("/simulator/report-faults")))
                .isEqualTo(Map.of("repeat", 3, "shuffle", false, "delayMillis", 0));
        AtomicInteger calls = new AtomicInteger();
        service.answer(report -> calls.incrementAndGet() == 2 ? 503 : 200);
        simulator.reportTo(service.url(), SECRET);
        UUID id = placed();

        simulator.dispatch(id);

        List<Received> received = service.awaitAcknowledged(6, WAIT);
        assertThat(received.stream().filter(Received::acknowledged).map(Received::status).toList())
                .containsExactly("DRAWN", "DRAWN", "DRAWN", "DISPATCHED", "DISPATCHED", "DISPATCHED");
        assertThat(received.stream().filter(report -> report.status().equals("DRAWN")).map(Received::reportId).distinct()).hasSize(1);
        simulator.awaitDeliveredReports(6, WAIT);
        assertThat(list(supplier.get("/simulator/reports"))).extracting(report -> report.get("copy"), report -> report.get("attempts"))
                .containsExactly(tuple(1, 1), tuple(2, 2),
                        tuple(3, 1), tuple(1, 1),
                        tuple(2, 1), tuple(3, 1));
        Thread.sleep(100);
        assertThat(service.received()).hasSize(7);
    }

    @Test
    @DisplayName("shuffle: pending reports are delivered in random order, an order's DISPATCHED before its DRAWN among them")
    void shuffle_delivers_pending_reports_in_random_order() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(placed());
        }
        assertThat(simulator.runProduction()).isEqualTo(20);
        simulator.reportFaults(new ReportFaults(1, true, Duration.ZERO));

        simulator.reportTo(service.url(), SECRET);

        List<Received> received = service.awaitAcknowledged(40, WAIT);
        assertThat(received).hasSize(40);
        assertThat(received).extracting(Received::reportId).doesNotHaveDuplicates();
        assertThat(ids).as("some order's reports arrive out of order")
                .anySatisfy(id -> assertThat(indexOf(received, id, "DISPATCHED")).isLessThan(indexOf(received, id, "DRAWN")));
        simulator.reportFaults(ReportFaults.NONE);
        assertThat(object(supplier.get("/simulator/report-faults"))).containsEntry("shuffle", false);
    }

    @Test
    @DisplayName("delay: each report is held back that long before it is sent")
    void delay_holds_each_report_back() throws Exception {
        assertThat(supplier.put("/simulator/report-faults", "{\"delayMillis\": 400}").statusCode()).isEqualTo(204);
        simulator.reportTo(service.url(), SECRET);
        UUID id = placed();
        long drawn = System.nanoTime();

        simulator.draw(id);

        Thread.sleep(200);
        assertThat(service.received()).isEmpty();
        List<Received> received = service.awaitAcknowledged(1, WAIT);
        assertThat((received.getFirst().arrivedAtNanos() - drawn) / 1_000_000).isGreaterThanOrEqualTo(400);
        assertThat(supplier.delete("/simulator/report-faults").statusCode()).isEqualTo(204);
        assertThat(object(supplier.get("/simulator/report-faults"))).containsEntry("delayMillis", 0);
    }

    @Test
    @DisplayName("an injected fault of the order API leaves the reports alone")
    void a_fault_of_the_order_api_leaves_the_reports_alone() throws Exception {
        simulator.reportTo(service.url(), SECRET);
        UUID id = placed();
        assertThat(supplier.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);

        assertThat(supplier.post("/simulator/orders/" + id + "/dispatch", "").statusCode()).isEqualTo(200);

        assertThat(service.awaitAcknowledged(2, WAIT)).hasSize(2);
        assertThat(simulator.awaitDeliveredReports(2, WAIT)).hasSize(2);
        assertThat(list(supplier.get("/simulator/reports"))).hasSize(2);
    }

    @Test
    @DisplayName("a report target or faults of the wrong form are 400 and change nothing")
    void wrong_targets_and_faults_are_400() {
        assertThat(supplier.put("/simulator/report-target", "{\"url\": \"" + service.url() + "\"}").statusCode()).isEqualTo(400);
        assertThat(supplier.put("/simulator/report-target", "{\"url\": \"ftp://localhost/reports\", \"secret\": \"s\"}").statusCode())
                .isEqualTo(400);
        assertThat(supplier.put("/simulator/report-target", "{\"url\": \"/reports\", \"secret\": \"s\"}").statusCode()).isEqualTo(400);
        assertThat(supplier.put("/simulator/report-target", "{\"url\": \"" + service.url() + "\", \"secret\": \" \"}").statusCode())
                .isEqualTo(400);
        assertThat(supplier.put("/simulator/report-faults", "{\"repeat\": 0}").statusCode()).isEqualTo(400);
        assertThat(supplier.put("/simulator/report-faults", "{\"delayMillis\": -1}").statusCode()).isEqualTo(400);
        assertThat(object(supplier.get("/simulator/report-target"))).containsEntry("url", null);
        assertThat(object(supplier.get("/simulator/report-faults"))).containsEntry("repeat", 1);
        assertThat(supplier.delete("/simulator/reports").statusCode()).isEqualTo(405);
    }

    private UUID placed() {
        UUID id = UUID.randomUUID();
        assertThat(supplier.post("/orders", order(id, 1, DOCTOR, TO_ADDRESS), "Idempotency-Key", id.toString()).statusCode())
                .isEqualTo(201);
        return id;
    }

    private void awaitPendingAttempts(int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> pending = list(supplier.get("/simulator/reports/pending"));
            if (!pending.isEmpty() && (Integer) pending.getFirst().get("attempts") >= attempts) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no pending report reached " + attempts + " attempts");
    }

    private static int indexOf(List<Received> received, UUID orderId, String status) {
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).acknowledged() && received.get(i).subject("orderId").equals(orderId.toString())
                    && received.get(i).status().equals(status)) {
                return i;
            }
        }
        throw new AssertionError("no acknowledged " + status + " report of " + orderId);
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
