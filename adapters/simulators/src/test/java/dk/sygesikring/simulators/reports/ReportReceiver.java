package dk.sygesikring.simulators.reports;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

/**
 * The service's side of a simulator's signed reports in the tests (the card supplier's, the print supplier's): a JDK
 * HTTP server on the service's path that keeps every report it is sent, with the signature header and the raw body,
 * and answers each as {@link #answer} says (200 unless told otherwise).
 */
public final class ReportReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    /** A report as it arrived, and what it was answered. */
    public record Received(String signature, byte[] body, long arrivedAtNanos, int answered) {

        public Map<String, Object> json() {
            try {
                return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The id of the order or letter the report is about, by its field in the report. */
        public String subject(String field) {
            return (String) json().get(field);
        }

        public String status() {
            return (String) json().get("status");
        }

        public String reportId() {
            return (String) json().get("reportId");
        }

        public boolean acknowledged() {
            return answered >= 200 && answered <= 299;
        }
    }

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile ToIntFunction<Received> answer = report -> 200;
    private volatile Duration delay = Duration.ZERO;

    private final String path;
    private final String signatureHeader;

    public ReportReceiver(String path, String signatureHeader) {
        this.path = path;
        this.signatureHeader = signatureHeader;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext(path, this::receive);
        server.start();
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    /** How each report from now on is answered: its status, given the report (its {@code answered} is 0). */
    public void answer(ToIntFunction<Received> answer) {
        this.answer = answer;
    }

    /** Each answer only after this long. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized List<Received> acknowledged() {
        return received.stream().filter(Received::acknowledged).toList();
    }

    /** Waits until {@code count} reports were acknowledged, at most {@code timeout}; then every report received. */
    public synchronized List<Received> awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged().size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            long arrived = System.nanoTime();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst(signatureHeader);
            int status = answer.applyAsInt(new Received(signature, body, arrived, 0));
            if (!delay.isZero()) {
                Thread.sleep(delay);
            }
            synchronized (this) {
                received.add(new Received(signature, body, arrived, status));
                notifyAll();
            }
            if (status == 204 || status == 304) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
