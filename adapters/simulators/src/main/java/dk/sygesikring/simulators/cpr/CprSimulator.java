package dk.sygesikring.simulators.cpr;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.simulators.cpr.CprWireFormat.ErrorJson;
import dk.sygesikring.simulators.cpr.CprWireFormat.FaultJson;
import dk.sygesikring.simulators.cpr.CprWireFormat.HealthJson;
import dk.sygesikring.simulators.cpr.CprWireFormat.PersonRecordJson;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the civil registry's person look-up (INT-2), served over real HTTP from a changeable copy
 * of a {@link DemoPopulation}.
 * <ul>
 *   <li>{@code GET /cpr/persons/{cpr}}: 200 with the person, relations and related persons; 404 unknown; 400 malformed</li>
 *   <li>{@code PUT /cpr/persons/{cpr}}: store or replace that person (same body as GET answers); 204</li>
 *   <li>{@code PUT /simulator/fault} {@code {"status": 503, "delayMillis": 3000}}, {@code {}} or {@code DELETE} to clear;
 *       {@code GET} shows the current fault</li>
 *   <li>{@code GET /health}: 200</li>
 * </ul>
 */
public final class CprSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CprSimulator.class);
    private static final String PERSONS_PATH = "/cpr/persons/";
    private static final String FAULT_PATH = "/simulator/fault";
    private static final String HEALTH_PATH = "/health";
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final String JSON = "application/json";

    private final HttpServer server;
    private final int port;
    private final ExecutorService executor;
    private final CprRegister register;
    private final ObjectMapper json = ObjectMapper.getDefault();
    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);

    private CprSimulator(DemoPopulation population, int port) throws IOException {
        this.register = new CprRegister(population);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(executor);
        this.port = server.getAddress().getPort();
        server.createContext(PERSONS_PATH, exchange -> respond(exchange, this::persons));
        server.createContext(FAULT_PATH, exchange -> respond(exchange, exactly(FAULT_PATH, this::fault)));
        server.createContext(HEALTH_PATH, exchange -> respond(exchange, exactly(HEALTH_PATH, this::health)));
    }

    /** Starts serving {@code population} on {@code port}; 0 picks a free port. */
    public static CprSimulator start(DemoPopulation population, int port) {
        try {
            CprSimulator simulator = new CprSimulator(population, port);
            simulator.server.start();
            LOG.info("CPR simulator serving {} persons at {}", population.persons().size(), simulator.baseUrl());
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("CPR simulator could not listen on port " + port, e);
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
        LOG.info("CPR simulator on port {} stopped", port);
    }

    private Reply persons(HttpExchange exchange) throws IOException, InterruptedException {
        Fault current = fault.get();
        if (!current.delay().isZero()) {
            Thread.sleep(current.delay());
        }
        if (current.status().isPresent()) {
            return Reply.json(current.status().get(), new ErrorJson("simulated CPR fault"));
        }
        String candidate = exchange.getRequestURI().getPath().substring(PERSONS_PATH.length());
        Optional<String> problem = Cpr.problemWith(candidate);
        if (problem.isPresent()) {
            return Reply.json(400, new ErrorJson(problem.get()));
        }
        Cpr cpr = new Cpr(candidate);
        return switch (exchange.getRequestMethod()) {
            case "GET" -> register.lookUp(cpr)
                    .map(record -> Reply.json(200, CprWireFormat.toJson(record)))
                    .orElseGet(() -> Reply.json(404, new ErrorJson("no person with CPR number " + cpr)));
            case "PUT" -> {
                CprRecord record = CprWireFormat.toDomain(read(exchange, PersonRecordJson.class));
                if (!record.person().cpr().equals(cpr)) {
                    yield Reply.json(400, new ErrorJson("the body is about " + record.person().cpr() + ", the path " + cpr));
                }
                register.store(record);
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT");
        };
    }

    private Reply fault(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "GET" -> Reply.json(200, fault.get().toJson());
            case "PUT" -> {
                Fault injected = Fault.of(read(exchange, FaultJson.class));
                fault.set(injected);
                LOG.info("CPR simulator fault set to {}", injected);
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> {
                fault.set(Fault.NONE);
                LOG.info("CPR simulator fault cleared");
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT, DELETE");
        };
    }

    private Reply health(HttpExchange exchange) {
        return Reply.json(200, new HealthJson("UP"));
    }

    /** The JDK server matches contexts by prefix; these routes answer only their own path. */
    private static Route exactly(String path, Route route) {
        return exchange -> exchange.getRequestURI().getPath().equals(path)
                ? route.handle(exchange)
                : Reply.json(404, new ErrorJson("no such resource: " + exchange.getRequestURI().getPath()));
    }

    private <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new IllegalArgumentException("the request body is empty");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("the request body is not valid JSON for " + type.getSimpleName(), e);
        }
    }

    /** Runs a route and writes its reply; a bad request becomes 400, anything unexpected 500. */
    private void respond(HttpExchange exchange, Route route) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = route.handle(exchange);
            } catch (IllegalArgumentException e) {
                reply = Reply.json(400, new ErrorJson(e.getMessage() == null ? "bad request" : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply = Reply.json(503, new ErrorJson("CPR simulator is shutting down"));
            } catch (RuntimeException e) {
                LOG.error("CPR simulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                reply = Reply.json(500, new ErrorJson("CPR simulator error: " + e));
            }
            write(exchange, reply);
        }
    }

    private void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.allow().ifPresent(allowed -> exchange.getResponseHeaders().set("Allow", allowed));
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", JSON);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @FunctionalInterface
    private interface Route {
        Reply handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private record Reply(int status, Object body, Optional<String> allow) {

        static final Reply NO_CONTENT = new Reply(204, null, Optional.empty());

        static Reply json(int status, Object body) {
            return new Reply(status, body, Optional.empty());
        }

        static Reply methodNotAllowed(String allowed) {
            return new Reply(405, new ErrorJson("allowed: " + allowed), Optional.of(allowed));
        }
    }

}
