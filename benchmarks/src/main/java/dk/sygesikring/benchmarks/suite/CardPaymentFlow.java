package dk.sygesikring.benchmarks.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Card orders with payment, from end to end (issue #9): citizens order their own damaged card in self-service
 * (charged, CARD-3, paid by payment card, PAY-1); the service makes each payment at Nets through the outbox; the
 * citizens complete Nets's hosted checkout (done here, as they would, as soon as the payment is there); Nets's
 * webhook sends the card to the supplier, which draws and dispatches it at once and reports back, signed; the
 * dispatch charges the card (CARD-12). The load is wrk's; the rest runs on its own while it lasts and after, until
 * every card ordered is charged or five minutes have passed. Nets's own ledger (the simulator's) is then asked, for
 * each payment, how often it was charged: once, never twice.
 */
final class CardPaymentFlow {

    static final String NETS_KEY_REFERENCE = "benchmark-nets";
    static final String NETS_SECRET_KEY = "benchmark-nets-secret-key-not-for-production";
    /** The merchant the simulator knows by that key. */
    static final String NETS_MERCHANT = "999998";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

    /** What became of the load's orders, counted in the database and at Nets. */
    record Result(long orders, long payments, long reserved, long itemsCharged, long itemsOpen, long dispatched,
                  long supplierReports, long netsWebhookEvents, long outboxPending, long outboxRefused,
                  long checkoutsCompleted, long checkoutAttemptsFailed, long netsChargedOnce, long netsChargedTwiceOrMore, long netsNotCharged,
                  double settledSeconds, double chargedPerSecond, double orderToChargeP50Ms, double orderToChargeP95Ms,
                  double orderToChargeMaxMs) {
    }

    private final String jdbcUrl;
    private final String serviceUrl;
    private final String netsUrl;
    private final String cardSupplierUrl;
    // HTTP/1.1: the simulators are plain HTTP/1.1 servers, and an h2c upgrade attempt on every POST only costs
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    CardPaymentFlow(String jdbcUrl, String serviceUrl, String netsUrl, String cardSupplierUrl) {
        this.jdbcUrl = jdbcUrl;
        this.serviceUrl = serviceUrl;
        this.netsUrl = netsUrl;
        this.cardSupplierUrl = cardSupplierUrl;
    }

    /**
     * Every municipality takes card payments under the benchmark's Nets agreement (CFG-2, set by its administrator
     * over the API), and the supplier produces every card as soon as it arrives.
     */
    void prepare(List<String> municipalities, Tokens tokens) throws IOException, InterruptedException {
        for (String code : municipalities) {
            String admin = tokens.administrator(code, Duration.ofMinutes(10));
            HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(serviceUrl + "/configuration/local/" + code))
                    .header("Authorization", "Bearer " + admin).GET());
            ObjectNode configuration = (ObjectNode) JSON.readTree(current.body());
            if (NETS_KEY_REFERENCE.equals(configuration.path("netsKeyReference").asText())) {
                continue;
            }
            configuration.put("netsKeyReference", NETS_KEY_REFERENCE);
            HttpResponse<String> changed = send(HttpRequest.newBuilder(URI.create(serviceUrl + "/configuration/local/" + code))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(configuration))));
            if (changed.statusCode() != 200) {
                throw new IllegalStateException("could not set municipality " + code + "'s Nets agreement: "
                        + changed.statusCode() + " " + changed.body());
            }
        }
        HttpResponse<String> automatic = send(HttpRequest.newBuilder(URI.create(cardSupplierUrl + "/simulator/production/automatic"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"drawAfterMillis\":0,\"dispatchAfterMillis\":0}")));
        if (automatic.statusCode() != 204) {
            throw new IllegalStateException("the card supplier simulator refused automatic production: " + automatic.body());
        }
    }

    /** Lines "cpr token" for the wrk script, each citizen with a token of their own. */
    static long writeOrders(List<String> cprs, Tokens tokens, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (String cpr : cprs) {
                out.write(cpr + " " + tokens.citizen(cpr, Duration.ofHours(1)) + "\n");
            }
        }
        return cprs.size();
    }

    /** Runs the load with the citizens at Nets's checkout beside it, and waits for every card to be charged. */
    Result run(Wrk wrk, int connections, Duration duration, Path ordersFile, List<Scenario> scenarios,
               MemoryProbe memory) throws Exception {
        Instant started = Instant.now();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong checkouts = new AtomicLong();
        AtomicLong checkoutFailures = new AtomicLong();
        Thread citizens = Thread.ofPlatform().name("citizens-at-checkout").start(
                () -> completeCheckouts(started, loading, checkouts, checkoutFailures));
        Load load = wrk.run("card-orders.lua", connections, duration, Map.of("ORDERS_FILE", ordersFile.toString()));
        scenarios.add(new Scenario("card order with payment by card (citizen)", "POST /card-orders", connections,
                "as fast as answered", null, load, memory.now(), 0, 0));
        long orders = count("SELECT count(*) FROM card_order WHERE created_at >= ?", started);
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && count("""
                SELECT count(*) FROM card_order o JOIN payment_item i ON i.payment_id = o.payment_id AND i.cpr = o.cpr
                WHERE o.created_at >= ? AND i.status = 'CHARGED'""", started) < orders) {
            Thread.sleep(250);
        }
        double settled = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        loading.set(false);
        citizens.join();
        return result(started, orders, settled, checkouts.get(), checkoutFailures.get());
    }

    /**
     * The citizens: each completes the hosted checkout of their payment once Nets has it (the service made it
     * through the outbox), as someone at the screen does; eight at a time. A completion that fails (a reset
     * connection) is tried again on the next round; one Nets answers 4xx (completed already) counts as done.
     */
    private void completeCheckouts(Instant since, AtomicBoolean loading, AtomicLong completed, AtomicLong failed) {
        Set<String> done = ConcurrentHashMap.newKeySet();
        Semaphore atOnce = new Semaphore(8);
        while (loading.get()) {
            try {
                List<String> waiting = awaitingCheckout(since);
                waiting.removeAll(done);
                List<CompletableFuture<?>> sent = new ArrayList<>();
                for (String netsPaymentId : waiting) {
                    done.add(netsPaymentId);
                    atOnce.acquire();
                    sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(netsUrl + "/simulator/checkouts/"
                                            + netsPaymentId + "/complete")).timeout(Duration.ofSeconds(10))
                                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                            .handle((answer, failure) -> {
                                atOnce.release();
                                if (failure == null && answer.statusCode() / 100 != 5) {
                                    completed.incrementAndGet();
                                } else {
                                    failed.incrementAndGet();
                                    done.remove(netsPaymentId);
                                }
                                return null;
                            }));
                }
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
                if (waiting.isEmpty()) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                failed.incrementAndGet();
                System.out.println("[benchmark] the citizens at the checkout try again after: " + e);
            }
        }
    }

    private List<String> awaitingCheckout(Instant since) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT nets_payment_id FROM payment WHERE created_at >= ? AND state = 'AWAITING_CHECKOUT'")) {
            statement.setTimestamp(1, Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }

    private Result result(Instant since, long orders, double settledSeconds, long checkouts, long checkoutFailures)
            throws Exception {
        long charged = count("""
                SELECT count(*) FROM card_order o JOIN payment_item i ON i.payment_id = o.payment_id AND i.cpr = o.cpr
                WHERE o.created_at >= ? AND i.status = 'CHARGED'""", since);
        long once = 0;
        long twice = 0;
        long never = 0;
        for (String netsPaymentId : strings("SELECT nets_payment_id FROM payment WHERE created_at >= ? AND nets_payment_id IS NOT NULL", since)) {
            JsonNode payment = JSON.readTree(send(HttpRequest.newBuilder(URI.create(netsUrl + "/simulator/payments/" + netsPaymentId)).GET()).body());
            int charges = payment.path("charges").asInt();
            if (charges == 1 && payment.path("charged").asLong() == payment.path("amount").asLong()) {
                once++;
            } else if (charges > 1) {
                twice++;
            } else {
                never++;
            }
        }
        double[] latency = latencies(since);
        return new Result(orders,
                count("SELECT count(*) FROM payment WHERE created_at >= ?", since),
                count("SELECT count(*) FROM payment WHERE created_at >= ? AND state = 'RESERVED'", since),
                charged,
                count("SELECT count(*) FROM payment p JOIN payment_item i ON i.payment_id = p.id WHERE p.created_at >= ? AND i.status = 'OPEN'", since),
                count("SELECT count(*) FROM card_order WHERE created_at >= ? AND state = 'DISPATCHED'", since),
                count("SELECT count(*) FROM card_supplier_report WHERE received_at >= ?", since),
                count("SELECT count(*) FROM nets_webhook_event WHERE received_at >= ?", since),
                count("SELECT count(*) FROM outbox WHERE created_at >= ? AND kind IN ('NETS_PAYMENT', 'CARD_SUPPLIER_ORDER') AND state = 'PENDING'", since),
                count("SELECT count(*) FROM outbox WHERE created_at >= ? AND kind IN ('NETS_PAYMENT', 'CARD_SUPPLIER_ORDER') AND state = 'REFUSED'", since),
                checkouts, checkoutFailures, once, twice, never, settledSeconds, charged / settledSeconds, latency[0], latency[1], latency[2]);
    }

    /** From the order to its card's charge (p50, p95, max), in milliseconds. */
    private double[] latencies(Instant since) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d), percentile_cont(0.95) WITHIN GROUP (ORDER BY d), max(d)
                FROM (SELECT extract(epoch FROM i.closed_at - o.created_at) * 1000 AS d
                      FROM card_order o JOIN payment_item i ON i.payment_id = o.payment_id AND i.cpr = o.cpr
                      WHERE o.created_at >= ? AND i.status = 'CHARGED') charged""")) {
            statement.setTimestamp(1, Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new double[] {result.getDouble(1), result.getDouble(2), result.getDouble(3)};
            }
        }
    }

    private long count(String query, Instant since) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setTimestamp(1, Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private List<String> strings(String query, Instant since) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setTimestamp(1, Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    /** The service's memory after a load, as the suite measures it. */
    @FunctionalInterface
    interface MemoryProbe {
        Scenario.Memory now() throws IOException;
    }
}
