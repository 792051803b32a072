package dk.sygesikring.simulators.print;

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
 * The service's side of the reports in the tests: a JDK HTTP server that keeps every report it is sent, with the
 * signature header and the raw body, and answers each as {@link #answer} says (200 unless told otherwise).
 */
final class ReportReceiver implements AutoCloseable {

    static final String PATH = "/print/reports";
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    /** A report as it arrived, and what it was answered. */
    record Received(String signature, byte[] body, long arrivedAtNanos, int answered) {

        Map<String, Object> json() {
            try {
                return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String letterId() {
            return (String) json().get("letterId");
        }

        String status() {
            return (String) json().get("status");
        }

        String reportId() {
            return (String) json().get("reportId");
        }

        boolean acknowledged() {
            return answered >= 200 && answered <= 299;
        }
    }

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile ToIntFunction<Received> answer = report -> 200;
    private volatile Duration delay = Duration.ZERO;

    ReportReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext(PATH, this::receive);
        server.start();
    }

    URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + PATH);
    }

    /** How each report from now on is answered: its status, given the report (its {@code answered} is 0). */
    void answer(ToIntFunction<Received> answer) {
        this.answer = answer;
    }

    /** Each answer only after this long. */
    void delay(Duration delay) {
        this.delay = delay;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<Received> acknowledged() {
        return received.stream().filter(Received::acknowledged).toList();
    }

    /** Waits until {@code count} reports were acknowledged, at most {@code timeout}; then every report received. */
    synchronized List<Received> awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
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
            String signature = exchange.getRequestHeaders().getFirst(ReportSignature.HEADER);
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
