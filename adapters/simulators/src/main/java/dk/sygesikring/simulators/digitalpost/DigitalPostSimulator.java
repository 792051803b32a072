package dk.sygesikring.simulators.digitalpost;

import com.sun.net.httpserver.HttpExchange;
import dk.sygesikring.simulators.digitalpost.DigitalPostWireFormat.MessageJson;
import dk.sygesikring.simulators.digitalpost.DigitalPostWireFormat.RefusalJson;
import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.http.Simulator;
import dk.sygesikring.simulators.http.SimulatorServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for Digital Post, the public mailbox (INT-4), served over real HTTP and kept in memory. The wire format
 * is the one docs/integrations/digital-post.md documents.
 * <ul>
 *   <li>{@code POST /messages} with {@code Idempotency-Key}: 201 delivered; 200 with the first answer for a key seen
 *       with the same message; 409 for a key seen with another; 422 NOT_ENROLLED for a recipient without a mailbox;
 *       400 INVALID_DOCUMENT when the document is not a readable PDF, INVALID_REQUEST for anything else malformed</li>
 *   <li>{@code GET /messages?recipient=}: what was delivered, with the text read from each PDF</li>
 *   <li>{@code GET /messages/{deliveryId}/document}: the PDF as delivered</li>
 *   <li>{@code GET /simulator/not-enrolled}, {@code PUT|DELETE /simulator/not-enrolled/{cpr or provider number}}:
 *       who has no mailbox besides citizens under 15; untouched by faults</li>
 *   <li>{@code /simulator/fault} and {@code /health}: see {@link SimulatorServer}</li>
 * </ul>
 */
public final class DigitalPostSimulator implements Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(DigitalPostSimulator.class);
    private static final String MESSAGES_PATH = "/messages";
    private static final String MESSAGE_PATH = "/messages/";
    private static final String NOT_ENROLLED_PATH = "/simulator/not-enrolled";

    private final Mailboxes mailboxes;
    private final SimulatorServer server;

    private DigitalPostSimulator(int port, Clock clock) {
        this.mailboxes = new Mailboxes(clock);
        this.server = SimulatorServer.start("Digital Post", port,
                Map.of(MESSAGES_PATH, SimulatorServer.exactly(MESSAGES_PATH, this::messages),
                        MESSAGE_PATH, this::document),
                Map.of(NOT_ENROLLED_PATH, this::notEnrolled));
    }

    /** Starts on {@code port}; 0 picks a free port. Who is under 15 is judged on today's date. */
    public static DigitalPostSimulator start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** The same, judging ages on the date of {@code clock}. */
    public static DigitalPostSimulator start(int port, Clock clock) {
        DigitalPostSimulator simulator = new DigitalPostSimulator(port, clock);
        LOG.info("Digital Post simulator at {}", simulator.baseUrl());
        return simulator;
    }

    @Override
    public SimulatorServer server() {
        return server;
    }

    private Reply messages(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "POST" -> send(exchange);
            case "GET" -> Reply.json(200, mailboxes.delivered(recipientParameter(exchange)).stream()
                    .map(DigitalPostWireFormat::toJson).toList());
            default -> Reply.methodNotAllowed("GET, POST");
        };
    }

    private Reply send(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return refusal(400, "INVALID_REQUEST", "the Idempotency-Key header is required");
        }
        MessageRequest request;
        try {
            request = DigitalPostWireFormat.toRequest(SimulatorServer.read(exchange, MessageJson.class));
        } catch (IllegalArgumentException e) {
            return refusal(400, "INVALID_REQUEST", e.getMessage());
        }
        ReadablePdf document;
        try {
            document = ReadablePdf.read(request.document());
        } catch (IllegalArgumentException e) {
            return refusal(400, "INVALID_DOCUMENT", e.getMessage());
        }
        return switch (mailboxes.deliver(key, request, document)) {
            case Mailboxes.Outcome.Delivered delivered -> Reply.json(delivered.replayed() ? 200 : 201,
                    DigitalPostWireFormat.delivered(delivered.message()));
            case Mailboxes.Outcome.NotEnrolled notEnrolled ->
                    refusal(422, "NOT_ENROLLED", "the recipient has no Digital Post mailbox");
            case Mailboxes.Outcome.KeyReused reused ->
                    refusal(409, "IDEMPOTENCY_KEY_REUSED", "the idempotency key was used for another message");
        };
    }

    /** {@code GET /messages/{deliveryId}/document}. */
    private Reply document(HttpExchange exchange) {
        String[] parts = exchange.getRequestURI().getPath().substring(MESSAGE_PATH.length()).split("/", -1);
        if (parts.length != 2 || !parts[1].equals("document")) {
            return Reply.error(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.methodNotAllowed("GET");
        }
        return mailboxes.byDeliveryId(parts[0])
                .map(message -> Reply.content(200, "application/pdf", message.request().document()))
                .orElseGet(() -> Reply.error(404, "no message delivered with id " + parts[0]));
    }

    /** {@code /simulator/not-enrolled} and {@code /simulator/not-enrolled/{id}}: a CPR or provider number. */
    private Reply notEnrolled(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(NOT_ENROLLED_PATH)) {
            return method.equals("GET") ? Reply.json(200, mailboxes.notEnrolled()) : Reply.methodNotAllowed("GET");
        }
        if (!path.startsWith(NOT_ENROLLED_PATH + "/")) {
            return Reply.error(404, "no such resource: " + path);
        }
        Addressee recipient = addressee(path.substring(NOT_ENROLLED_PATH.length() + 1));
        return switch (method) {
            case "PUT" -> {
                mailboxes.markNotEnrolled(recipient);
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> {
                mailboxes.markEnrolled(recipient);
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("PUT, DELETE");
        };
    }

    /** Ten digits are a CPR number, six a provider number; anything else is a bad request. */
    private static Addressee addressee(String id) {
        return Addressee.of(id.length() == 6 ? Addressee.PROVIDER : Addressee.CPR, id);
    }

    private static Reply refusal(int status, String reason, String message) {
        return Reply.json(status, new RefusalJson(reason, message));
    }

    private static Optional<String> recipientParameter(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .filter(parameter -> parameter.startsWith("recipient="))
                .map(parameter -> URLDecoder.decode(parameter.substring("recipient=".length()), StandardCharsets.UTF_8))
                .findFirst();
    }
}
