package dk.sygesikring.simulators.cardsupplier;

import com.sun.net.httpserver.HttpExchange;
import dk.sygesikring.simulators.cardsupplier.CardSupplierWireFormat.AlreadyDrawnJson;
import dk.sygesikring.simulators.cardsupplier.CardSupplierWireFormat.AutomaticProductionJson;
import dk.sygesikring.simulators.cardsupplier.CardSupplierWireFormat.CancelledJson;
import dk.sygesikring.simulators.cardsupplier.CardSupplierWireFormat.OrderJson;
import dk.sygesikring.simulators.cardsupplier.CardSupplierWireFormat.ProductionRunJson;
import dk.sygesikring.simulators.cardsupplier.CardSupplierWireFormat.RefusalJson;
import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.http.Route;
import dk.sygesikring.simulators.http.Simulator;
import dk.sygesikring.simulators.http.SimulatorServer;
import dk.sygesikring.simulators.reports.ReportControl;
import dk.sygesikring.simulators.reports.ReportFaults;
import dk.sygesikring.simulators.reports.SignedReporter;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the card supplier, who makes and posts health cards (CARD-1), served over real HTTP and kept in
 * memory, and who reports back to the service as the real one does: by calling it. The wire format is the one
 * docs/integrations/card-supplier.md documents.
 * <ul>
 *   <li>{@code POST /orders} with {@code Idempotency-Key} (the order id): 201 received; 200 with the first receipt
 *       for an id seen with the same order; 409 for an id seen with another; 400 for an order whose form is wrong,
 *       422 for one the supplier will not make (group, doctor, a character it cannot print)</li>
 *   <li>{@code DELETE /orders/{orderId}}: 200 CANCELLED (again for a repeat); 409 ALREADY_DRAWN; 404 unknown</li>
 *   <li>{@code GET /orders}, {@code GET /orders/{orderId}}: the orders and where they are (RECEIVED, DRAWN,
 *       DISPATCHED, CANCELLED)</li>
 *   <li>Production, untouched by faults: {@code POST /simulator/orders/{orderId}/draw} and {@code .../dispatch}
 *       (which draws first), {@code POST /simulator/production/run} (every order received so far), and
 *       {@code GET|PUT|DELETE /simulator/production/automatic}; off unless asked for</li>
 *   <li>Reports: each DRAWN and DISPATCHED is posted, signed, to the target set with {@link #reportTo} or
 *       {@code PUT /simulator/report-target}, until the service answers 2xx ({@link SignedReporter});
 *       {@code PUT /simulator/report-faults} repeats or shuffles them; {@code GET /simulator/reports} lists what was
 *       acknowledged, {@code GET /simulator/reports/pending} what was not yet</li>
 *   <li>{@code /simulator/fault} and {@code /health}: see {@link SimulatorServer}; a fault touches the
 *       {@code /orders} routes only, never the reports</li>
 * </ul>
 */
public final class CardSupplierSimulator implements Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(CardSupplierSimulator.class);
    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final String ORDERS_PATH = "/orders";
    private static final String ORDER_PATH = "/orders/";
    private static final String PRODUCE_PATH = "/simulator/orders/";
    private static final String PRODUCTION_PATH = "/simulator/production/";
    private static final String RUN_PATH = PRODUCTION_PATH + "run";
    private static final String AUTOMATIC_PATH = PRODUCTION_PATH + "automatic";
    private static final String REPORTS_PATH = "/simulator/reports";
    private static final String PENDING_REPORTS_PATH = REPORTS_PATH + "/pending";

    /**
     * How the simulator runs.
     *
     * @param clock               the time of receipts, steps, reports and their signatures
     * @param firstReportRetry    the wait after a report's first failed attempt, doubled after each further one
     * @param longestReportRetry  the longest wait between two attempts of a report
     * @param automaticProduction each new order drawn and dispatched by itself; empty: only when asked
     */
    public record Options(Clock clock, Duration firstReportRetry, Duration longestReportRetry,
                          Optional<AutomaticProduction> automaticProduction) {

        public Options {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(firstReportRetry, "firstReportRetry");
            Objects.requireNonNull(longestReportRetry, "longestReportRetry");
            Objects.requireNonNull(automaticProduction, "automaticProduction");
        }

        /** The system clock, reports retried after 100 ms doubling to 5 s, no automatic production. */
        public static Options defaults() {
            return new Options(Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(5), Optional.empty());
        }

        public Options withClock(Clock clock) {
            return new Options(clock, firstReportRetry, longestReportRetry, automaticProduction);
        }

        public Options withReportRetry(Duration first, Duration longest) {
            return new Options(clock, first, longest, automaticProduction);
        }

        public Options withAutomaticProduction(Duration drawAfter, Duration dispatchAfter) {
            return new Options(clock, firstReportRetry, longestReportRetry,
                    Optional.of(new AutomaticProduction(drawAfter, dispatchAfter)));
        }
    }

    /** Each new order is drawn {@code drawAfter} and dispatched {@code dispatchAfter} after it is received. */
    public record AutomaticProduction(Duration drawAfter, Duration dispatchAfter) {

        public AutomaticProduction {
            Objects.requireNonNull(drawAfter, "drawAfter");
            Objects.requireNonNull(dispatchAfter, "dispatchAfter");
            if (drawAfter.isNegative() || dispatchAfter.compareTo(drawAfter) < 0) {
                throw new IllegalArgumentException("an order is drawn at or after 0 ms and dispatched at or after it"
                        + " is drawn: " + drawAfter.toMillis() + " ms, " + dispatchAfter.toMillis() + " ms");
            }
        }
    }

    private final SignedReporter<Report, DeliveredReport> reporter;
    private final CardOrders orders;
    private final ScheduledExecutorService production = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("card-supplier-production").factory());
    private final AtomicReference<Optional<AutomaticProduction>> automatic;
    private final SimulatorServer server;

    private CardSupplierSimulator(int port, Options options) {
        this.reporter = new SignedReporter<>(new SignedReporter.Sender("Card supplier", "order", ReportSignature.HEADER,
                ReportSignature::header), options.clock(), options.firstReportRetry(), options.longestReportRetry(),
                CardSupplierSimulator::body, (report, copy, attempts, at) -> new DeliveredReport(report.reportId(),
                        report.orderId(), report.status(), report.occurredAt(), report.supplierReference(), copy, attempts, at));
        this.orders = new CardOrders(options.clock(), reporter::enqueue);
        this.automatic = new AtomicReference<>(options.automaticProduction());
        Map<String, Route> control = new HashMap<>();
        control.put(PRODUCE_PATH, this::produce);
        control.put(PRODUCTION_PATH, this::production);
        control.putAll(ReportControl.routes(reporter));
        control.put(REPORTS_PATH, this::reports);
        try {
            this.server = SimulatorServer.start("Card supplier", port,
                    Map.of(ORDERS_PATH, SimulatorServer.exactly(ORDERS_PATH, this::orders), ORDER_PATH, this::order),
                    control);
        } catch (RuntimeException e) {
            reporter.close();
            production.shutdownNow();
            throw e;
        }
    }

    /** Starts on {@code port} with {@link Options#defaults()}; 0 picks a free port. */
    public static CardSupplierSimulator start(int port) {
        return start(port, Options.defaults());
    }

    public static CardSupplierSimulator start(int port, Options options) {
        CardSupplierSimulator simulator = new CardSupplierSimulator(port, options);
        LOG.info("Card supplier simulator at {}", simulator.baseUrl());
        return simulator;
    }

    @Override
    public SimulatorServer server() {
        return server;
    }

    /** Reports go to {@code url}, signed with {@code secret}; those waiting are sent now. */
    public void reportTo(URI url, String secret) {
        reporter.reportTo(new SignedReporter.Target(url, secret));
    }

    /** The faults of the reports from now on; {@link ReportFaults#NONE} clears them. */
    public void reportFaults(ReportFaults faults) {
        reporter.faults(faults);
    }

    /**
     * Draws the order (the card is made; it can no longer be cancelled) and reports DRAWN; a drawn order stays as it is.
     *
     * @throws NoSuchElementException for an order the supplier does not have
     * @throws IllegalStateException  for a cancelled order
     */
    public OrderStatus draw(UUID orderId) {
        return orders.draw(orderId).status();
    }

    /** Dispatches the order (drawing it first if need be) and reports each step; throws as {@link #draw}. */
    public OrderStatus dispatch(UUID orderId) {
        return orders.dispatch(orderId).status();
    }

    /** Draws and dispatches every order received so far that is not cancelled; how many it moved. */
    public int runProduction() {
        return orders.runProduction().size();
    }

    public Optional<OrderStatus> status(UUID orderId) {
        return orders.find(orderId).map(PlacedOrder::status);
    }

    /** Every copy of a report the service acknowledged, in the order acknowledged. */
    public List<DeliveredReport> deliveredReports() {
        return reporter.delivered();
    }

    /** Waits until the service acknowledged at least {@code count} copies, at most {@code timeout}; then the list. */
    public List<DeliveredReport> awaitDeliveredReports(int count, Duration timeout) throws InterruptedException {
        return reporter.awaitDelivered(count, timeout);
    }

    /** How many reports (copies) are not yet acknowledged. */
    public int pendingReports() {
        return reporter.pending().size();
    }

    @Override
    public void close() {
        server.close();
        production.shutdownNow();
        reporter.close();
    }

    private Reply orders(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "POST" -> place(exchange);
            case "GET" -> Reply.json(200, orders.all().stream().map(CardSupplierWireFormat::toJson).toList());
            default -> Reply.methodNotAllowed("GET, POST");
        };
    }

    private Reply place(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return refusal(400, "INVALID_REQUEST", "the Idempotency-Key header is required");
        }
        CardOrder order;
        try {
            order = CardSupplierWireFormat.toOrder(SimulatorServer.read(exchange, OrderJson.class));
        } catch (IllegalArgumentException e) {
            return refusal(400, "INVALID_REQUEST", e.getMessage());
        }
        if (!key.strip().equalsIgnoreCase(order.orderId().toString())) {
            return refusal(400, "INVALID_REQUEST", "the Idempotency-Key is the orderId");
        }
        Optional<CardOrder.Refusal> refusal = order.refusal();
        if (refusal.isPresent() && orders.find(order.orderId()).isEmpty()) {
            return refusal(422, refusal.get().reason(), refusal.get().message());
        }
        return switch (orders.place(order)) {
            case CardOrders.Placing.Received received -> {
                if (!received.replayed()) {
                    scheduleProduction(order.orderId());
                }
                yield Reply.json(received.replayed() ? 200 : 201, CardSupplierWireFormat.receipt(received.order()));
            }
            case CardOrders.Placing.KeyReused reused ->
                    refusal(409, "IDEMPOTENCY_KEY_REUSED", "the order id came before with another order");
        };
    }

    /** {@code GET} and {@code DELETE /orders/{orderId}}. */
    private Reply order(HttpExchange exchange) {
        String rest = exchange.getRequestURI().getPath().substring(ORDER_PATH.length());
        if (rest.isEmpty() || rest.contains("/")) {
            return Reply.error(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        UUID orderId = orderId(rest);
        return switch (exchange.getRequestMethod()) {
            case "GET" -> orders.find(orderId).map(found -> Reply.json(200, CardSupplierWireFormat.toJson(found)))
                    .orElseGet(() -> notKnown(orderId));
            case "DELETE" -> switch (orders.cancel(orderId)) {
                case CardOrders.Cancelling.Cancelled cancelled -> Reply.json(200,
                        new CancelledJson(OrderStatus.CANCELLED.name(), cancelled.order().cancelledAt().toString()));
                case CardOrders.Cancelling.AlreadyDrawn drawn -> Reply.json(409,
                        new AlreadyDrawnJson("ALREADY_DRAWN", drawn.order().drawnAt().toString()));
                case CardOrders.Cancelling.NotKnown notKnown -> notKnown(orderId);
            };
            default -> Reply.methodNotAllowed("GET, DELETE");
        };
    }

    /** {@code POST /simulator/orders/{orderId}/draw} and {@code .../dispatch}. */
    private Reply produce(HttpExchange exchange) {
        String[] parts = exchange.getRequestURI().getPath().substring(PRODUCE_PATH.length()).split("/", -1);
        if (parts.length != 2 || !(parts[1].equals("draw") || parts[1].equals("dispatch"))) {
            return Reply.error(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            return Reply.methodNotAllowed("POST");
        }
        UUID orderId = orderId(parts[0]);
        try {
            PlacedOrder produced = parts[1].equals("draw") ? orders.draw(orderId) : orders.dispatch(orderId);
            return Reply.json(200, CardSupplierWireFormat.toJson(produced));
        } catch (NoSuchElementException e) {
            return notKnown(orderId);
        } catch (IllegalStateException e) {
            return refusal(409, "CANCELLED", e.getMessage());
        }
    }

    /** {@code POST /simulator/production/run}, {@code GET|PUT|DELETE /simulator/production/automatic}. */
    private Reply production(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(RUN_PATH)) {
            return method.equals("POST")
                    ? Reply.json(200, new ProductionRunJson(orders.runProduction().stream()
                            .map(order -> order.order().orderId().toString()).toList()))
                    : Reply.methodNotAllowed("POST");
        }
        if (!path.equals(AUTOMATIC_PATH)) {
            return Reply.error(404, "no such resource: " + path);
        }
        return switch (method) {
            case "GET" -> Reply.json(200, automatic.get()
                    .map(on -> new AutomaticProductionJson(on.drawAfter().toMillis(), on.dispatchAfter().toMillis()))
                    .orElse(new AutomaticProductionJson(null, null)));
            case "PUT" -> {
                AutomaticProductionJson json = SimulatorServer.read(exchange, AutomaticProductionJson.class);
                if (json.drawAfterMillis() == null || json.dispatchAfterMillis() == null) {
                    throw new IllegalArgumentException("drawAfterMillis and dispatchAfterMillis are required");
                }
                AutomaticProduction on = new AutomaticProduction(Duration.ofMillis(json.drawAfterMillis()),
                        Duration.ofMillis(json.dispatchAfterMillis()));
                automatic.set(Optional.of(on));
                LOG.info("Card supplier simulator produces new orders by itself: {}", on);
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> {
                automatic.set(Optional.empty());
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT, DELETE");
        };
    }

    /** {@code GET /simulator/reports} and {@code GET /simulator/reports/pending}. */
    private Reply reports(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals(REPORTS_PATH) && !path.equals(PENDING_REPORTS_PATH)) {
            return Reply.error(404, "no such resource: " + path);
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.methodNotAllowed("GET");
        }
        return path.equals(REPORTS_PATH)
                ? Reply.json(200, reporter.delivered().stream().map(CardSupplierWireFormat::toJson).toList())
                : Reply.json(200, reporter.pending().stream().map(CardSupplierWireFormat::toJson).toList());
    }

    private void scheduleProduction(UUID orderId) {
        automatic.get().ifPresent(on -> {
            production.schedule(() -> quietly(() -> orders.draw(orderId)), on.drawAfter().toMillis(), TimeUnit.MILLISECONDS);
            production.schedule(() -> quietly(() -> orders.dispatch(orderId)), on.dispatchAfter().toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    /** A step of automatic production on an order cancelled meanwhile makes nothing. */
    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (IllegalStateException | NoSuchElementException e) {
            LOG.debug("Card supplier simulator skipped a production step: {}", e.getMessage());
        }
    }

    private static UUID orderId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an order id is a UUID: " + text, e);
        }
    }

    private static Reply notKnown(UUID orderId) {
        return refusal(404, "NOT_KNOWN", "no order with id " + orderId);
    }

    private static Reply refusal(int status, String reason, String message) {
        return Reply.json(status, new RefusalJson(reason, message));
    }

    private static byte[] body(Report report) {
        try {
            return JSON.writeValueAsBytes(CardSupplierWireFormat.toJson(report));
        } catch (IOException e) {
            throw new UncheckedIOException("a report could not be written as JSON", e);
        }
    }
}
