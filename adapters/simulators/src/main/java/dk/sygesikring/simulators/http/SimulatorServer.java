package dk.sygesikring.simulators.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.sygesikring.simulators.http.SimulatorJson.FaultJson;
import dk.sygesikring.simulators.http.SimulatorJson.HealthJson;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side every simulator shares: the JDK's server on virtual threads, JSON replies, a 400 for a bad request
 * and a 500 for a failure, and two routes of its own that faults never touch (nor a simulator's own control routes
 * under {@code /simulator/}):
 * <ul>
 *   <li>{@code PUT /simulator/fault} {@code {"status": 503, "delayMillis": 3000}}, {@code {}} or {@code DELETE} to
 *       clear; {@code GET} shows the current fault, which every route of the system then suffers</li>
 *   <li>{@code GET /health}: 200</li>
 * </ul>
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);
    private static final String FAULT_PATH = "/simulator/fault";
    private static final String HEALTH_PATH = "/health";
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private final String system;
    private final HttpServer server;
    private final int port;
    private final ExecutorService executor;
    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);

    private SimulatorServer(String system, int port, Map<String, Route> routes, Map<String, Route> controlRoutes)
            throws IOException {
        this.system = system;
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(executor);
        this.port = server.getAddress().getPort();
        routes.forEach((path, route) -> server.createContext(path, exchange -> respond(exchange, faulty(route))));
        controlRoutes.forEach((path, route) -> server.createContext(path, exchange -> respond(exchange, route)));
        server.createContext(FAULT_PATH, exchange -> respond(exchange, exactly(FAULT_PATH, this::fault)));
        server.createContext(HEALTH_PATH, exchange -> respond(exchange, exactly(HEALTH_PATH, this::health)));
    }

    /**
     * Serves the routes, each for the paths starting with its key, on {@code port}; 0 picks a free port.
     *
     * @param system as messages name it, e.g. "CPR"
     */
    public static SimulatorServer start(String system, int port, Map<String, Route> routes) {
        return start(system, port, routes, Map.of());
    }

    /**
     * The same, with routes that steer the simulator itself (e.g. {@code /simulator/not-enrolled/}): an injected
     * fault never touches them, so a test can set the scene while the system is "down".
     */
    public static SimulatorServer start(String system, int port, Map<String, Route> routes,
                                        Map<String, Route> controlRoutes) {
        try {
            SimulatorServer simulator = new SimulatorServer(system, port, routes, controlRoutes);
            simulator.server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException(system + " simulator could not listen on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Stops at once; requests still waiting out a simulated delay are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("{} simulator on port {} stopped", system, port);
    }

    /** The JDK server matches contexts by prefix; this route answers only its own path. */
    public static Route exactly(String path, Route route) {
        return exchange -> exchange.getRequestURI().getPath().equals(path)
                ? route.handle(exchange)
                : Reply.error(404, "no such resource: " + exchange.getRequestURI().getPath());
    }

    /** The request body as {@code type}; an IllegalArgumentException (400) when it is empty or not that JSON. */
    public static <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw new IllegalArgumentException("the request body is empty");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("the request body is not valid JSON for " + type.getSimpleName(), e);
        }
    }

    private Route faulty(Route route) {
        return exchange -> {
            Fault current = fault.get();
            if (!current.delay().isZero()) {
                Thread.sleep(current.delay());
            }
            if (current.status().isPresent()) {
                return Reply.error(current.status().get(), "simulated " + system + " fault");
            }
            return route.handle(exchange);
        };
    }

    private Reply fault(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "GET" -> Reply.json(200, fault.get().toJson());
            case "PUT" -> {
                Fault injected = Fault.of(read(exchange, FaultJson.class));
                fault.set(injected);
                LOG.info("{} simulator fault set to {}", system, injected);
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> {
                fault.set(Fault.NONE);
                LOG.info("{} simulator fault cleared", system);
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT, DELETE");
        };
    }

    private Reply health(HttpExchange exchange) {
        return Reply.json(200, new HealthJson("UP"));
    }

    /** Runs a route and writes its reply; a bad request becomes 400, anything unexpected 500. */
    private void respond(HttpExchange exchange, Route route) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = route.handle(exchange);
            } catch (IllegalArgumentException e) {
                reply = Reply.error(400, e.getMessage() == null ? "bad request" : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply = Reply.error(503, system + " simulator is shutting down");
            } catch (RuntimeException e) {
                LOG.error("{} simulator failed on {} {}", system, exchange.getRequestMethod(), exchange.getRequestURI(), e);
                reply = Reply.error(500, system + " simulator error: " + e);
            }
            write(exchange, reply);
        }
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.allow().ifPresent(allowed -> exchange.getResponseHeaders().set("Allow", allowed));
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        if (reply.body() instanceof Reply.Content content) {
            exchange.getResponseHeaders().set("Content-Type", content.contentType());
            exchange.sendResponseHeaders(reply.status(), content.bytes().length);
            exchange.getResponseBody().write(content.bytes());
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
