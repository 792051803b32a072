package dk.sygesikring.simulators.nets;

import com.sun.net.httpserver.HttpServer;
import dk.sygesikring.simulators.http.SimulatorClient;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * A webhook receiver for the tests, on the JDK's HTTP server: records every request and answers each with the
 * next scripted status, 200 once the script is used up, after an optional pause.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    /** One request as received: its Authorization header, its JSON body, and when (System.nanoTime). */
    record Received(String authorization, String contentType, Map<String, Object> body, long nanos) {

        String id() {
            return (String) body.get("id");
        }

        String event() {
            return (String) body.get("event");
        }

        Map<String, Object> data() {
            return SimulatorClient.object(body, "data");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile Duration pause = Duration.ZERO;

    WebhookReceiver() {
        this(0);
    }

    /** On this port; 0 picks a free one. */
    WebhookReceiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/webhooks", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        JSON.readValue(body, Argument.mapOf(String.class, Object.class)), System.nanoTime()));
                if (!pause.isZero()) {
                    Thread.sleep(pause);
                }
                Integer status = statuses.poll();
                exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/webhooks";
    }

    /** The next requests are answered with these statuses, in order; then 200 again. */
    void answer(Integer... statuses) {
        this.statuses.addAll(List.of(statuses));
    }

    void pause(Duration pause) {
        this.pause = pause;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String event) {
        return received.stream().filter(request -> event.equals(request.event())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A port nothing listens on, for now. */
    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to 10 s for the condition. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
