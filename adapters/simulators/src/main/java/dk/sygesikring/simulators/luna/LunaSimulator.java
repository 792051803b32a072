package dk.sygesikring.simulators.luna;

import com.sun.net.httpserver.HttpExchange;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.http.Simulator;
import dk.sygesikring.simulators.http.SimulatorServer;
import dk.sygesikring.simulators.luna.LunaWireFormat.RegistrationJson;
import dk.sygesikring.simulators.population.DemoPopulation;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for LUNA, the register of GP registrations (INT-1), served over real HTTP from a {@link LunaPopulation}
 * (the {@link DemoPopulation}'s practitioners and registrations, or the national dataset's practitioners) plus the
 * registrations it receives. The wire format is the one docs/integrations/luna.md documents.
 * <ul>
 *   <li>{@code POST /luna/registrations} with {@code Idempotency-Key}: 201 registered; 200 with the first answer for
 *       a key seen with the same body; 422 for a key seen with another body or a registration LUNA refuses</li>
 *   <li>{@code GET /luna/registrations?cpr=}: what was registered over HTTP, with the idempotency keys</li>
 *   <li>{@code GET /luna/persons/{cpr}/history}: newest validFrom first; [] for a person LUNA does not know</li>
 *   <li>{@code GET|PUT|DELETE /luna/persons/{cpr}/physical-card-opt-out}: 200 or 404; register; withdraw</li>
 *   <li>{@code GET /luna/persons/{cpr}/regional-letters?from=&to=}: the letters the regions sent the person from
 *       {@code from} to {@code to}, both included, newest first (LET-7); [] for a person they never wrote to; 400
 *       without both dates or with {@code to} before {@code from}</li>
 *   <li>{@code PUT /simulator/regional-letters/{cpr}} with a list: the person's regional letters are these from now on
 *       ({@code []}, or {@code DELETE}: none); a fault does not touch it</li>
 *   <li>{@code GET /luna/practitioners}: the population's practitioners, each with its patients moved on by the
 *       registrations received</li>
 *   <li>{@code PUT /simulator/practitioners} with a list: LUNA lists exactly these from now on;
 *       {@code PUT /simulator/practitioners/{providerNumber}} adds one or replaces it; {@code DELETE} takes it off the
 *       list (404 when it was not on it). For showing and testing the synchronisation of the register (INT-1); a fault
 *       does not touch them</li>
 *   <li>{@code /simulator/fault} and {@code /health}: see {@link SimulatorServer}</li>
 * </ul>
 */
public final class LunaSimulator implements Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(LunaSimulator.class);
    private static final String REGISTRATIONS_PATH = "/luna/registrations";
    private static final String PERSONS_PATH = "/luna/persons/";
    private static final String PRACTITIONERS_PATH = "/luna/practitioners";
    private static final String PRACTITIONERS_CONTROL_PATH = "/simulator/practitioners";
    private static final String REGIONAL_LETTERS_CONTROL_PATH = "/simulator/regional-letters/";

    private final LunaRegister register;
    private final RegionalLetterArchive regionalLetters;
    private final SimulatorServer server;

    private LunaSimulator(LunaPopulation population, int port) {
        this.register = new LunaRegister(population, Clock.systemUTC());
        this.regionalLetters = new RegionalLetterArchive(population.regionalLetters());
        this.server = SimulatorServer.start("LUNA", port, Map.of(
                REGISTRATIONS_PATH, SimulatorServer.exactly(REGISTRATIONS_PATH, this::registrations),
                PERSONS_PATH, this::persons,
                PRACTITIONERS_PATH, SimulatorServer.exactly(PRACTITIONERS_PATH, this::practitioners)),
                Map.of(PRACTITIONERS_CONTROL_PATH, this::controlPractitioners,
                        REGIONAL_LETTERS_CONTROL_PATH, this::controlRegionalLetters));
    }

    /** Starts serving the registrations of {@code population} on {@code port}; 0 picks a free port. */
    public static LunaSimulator start(DemoPopulation population, int port) {
        return start(LunaPopulation.of(population), port);
    }

    /** Starts serving {@code population}'s practitioners and registrations on {@code port}; 0 picks a free port. */
    public static LunaSimulator start(LunaPopulation population, int port) {
        LunaSimulator simulator = new LunaSimulator(population, port);
        LOG.info("LUNA simulator serving the {} population, {} practitioners and {} registrations, at {}",
                population.name(), population.practitioners().size(), population.registrations().size(),
                simulator.baseUrl());
        return simulator;
    }

    @Override
    public SimulatorServer server() {
        return server;
    }

    private Reply registrations(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "POST" -> register(exchange);
            case "GET" -> Reply.json(200, register.received(cprParameter(exchange)).stream()
                    .map(LunaWireFormat::toJson).toList());
            default -> Reply.methodNotAllowed("GET, POST");
        };
    }

    private Reply register(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return Reply.error(400, "the Idempotency-Key header is required");
        }
        RegistrationRequest request = LunaWireFormat.toRequest(SimulatorServer.read(exchange, RegistrationJson.class));
        return switch (register.register(key, request)) {
            case LunaRegister.Outcome.Registered registered -> Reply.json(registered.replayed() ? 200 : 201,
                    LunaWireFormat.registered(registered.received().registration()));
            case LunaRegister.Outcome.Refused refused -> Reply.error(422, refused.reason());
        };
    }

    /** {@code /luna/persons/{cpr}/history} and {@code .../physical-card-opt-out}; a malformed CPR number is 400. */
    private Reply persons(HttpExchange exchange) {
        String[] parts = exchange.getRequestURI().getPath().substring(PERSONS_PATH.length()).split("/", -1);
        if (parts.length != 2) {
            return Reply.error(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        Cpr cpr = Cpr.of(parts[0]);
        String method = exchange.getRequestMethod();
        return switch (parts[1]) {
            case "history" -> method.equals("GET")
                    ? Reply.json(200, register.history(cpr).stream().map(LunaWireFormat::toJson).toList())
                    : Reply.methodNotAllowed("GET");
            case "physical-card-opt-out" -> optOut(method, cpr);
            case "regional-letters" -> method.equals("GET") ? regionalLetters(exchange, cpr) : Reply.methodNotAllowed("GET");
            default -> Reply.error(404, "no such resource: " + exchange.getRequestURI().getPath());
        };
    }

    private Reply regionalLetters(HttpExchange exchange, Cpr cpr) {
        LocalDate from = dateParameter(exchange, "from");
        LocalDate to = dateParameter(exchange, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        return Reply.json(200, regionalLetters.sent(cpr, from, to).stream().map(LunaWireFormat::toJson).toList());
    }

    /** {@code /simulator/regional-letters/{cpr}}: PUT a list, or DELETE, the person's regional letters. */
    private Reply controlRegionalLetters(HttpExchange exchange) throws IOException {
        Cpr cpr = Cpr.of(exchange.getRequestURI().getPath().substring(REGIONAL_LETTERS_CONTROL_PATH.length()));
        return switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                regionalLetters.replace(cpr, Arrays.stream(SimulatorServer.read(exchange, LunaWireFormat.RegionalLetterJson[].class))
                        .map(json -> LunaWireFormat.toLetter(cpr, json)).toList());
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> {
                regionalLetters.replace(cpr, List.of());
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("PUT, DELETE");
        };
    }

    private Reply optOut(String method, Cpr cpr) {
        return switch (method) {
            case "GET" -> register.optOut(cpr)
                    .map(optOut -> Reply.json(200, LunaWireFormat.toJson(optOut)))
                    .orElseGet(() -> Reply.error(404, "no physical-card opt-out registered"));
            case "PUT" -> register.optOutNow(cpr).map(reason -> Reply.error(422, reason)).orElse(Reply.NO_CONTENT);
            case "DELETE" -> {
                register.withdrawOptOut(cpr);
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT, DELETE");
        };
    }

    private Reply practitioners(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("GET")
                ? Reply.json(200, register.practitioners().stream().map(LunaWireFormat::toJson).toList())
                : Reply.methodNotAllowed("GET");
    }

    /** {@code /simulator/practitioners} (the whole list) and {@code /simulator/practitioners/{providerNumber}}. */
    private Reply controlPractitioners(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PRACTITIONERS_CONTROL_PATH)) {
            if (!method.equals("PUT")) {
                return Reply.methodNotAllowed("PUT");
            }
            register.replacePractitioners(Arrays.stream(SimulatorServer.read(exchange, LunaWireFormat.PractitionerJson[].class))
                    .map(LunaWireFormat::toPractitioner).toList());
            return Reply.NO_CONTENT;
        }
        String number = path.substring(PRACTITIONERS_CONTROL_PATH.length() + 1);
        if (!number.matches("\\d{6}")) {
            return Reply.error(404, "no such resource: " + path);
        }
        return switch (method) {
            case "PUT" -> {
                Practitioner practitioner = LunaWireFormat.toPractitioner(
                        SimulatorServer.read(exchange, LunaWireFormat.PractitionerJson.class));
                if (!practitioner.providerNumber().value().equals(number)) {
                    throw new IllegalArgumentException("the body's providerNumber is not " + number);
                }
                register.putPractitioner(practitioner);
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> register.removePractitioner(ProviderNumber.of(number))
                    ? Reply.NO_CONTENT : Reply.error(404, "LUNA does not list " + number);
            default -> Reply.methodNotAllowed("PUT, DELETE");
        };
    }

    private static Optional<Cpr> cprParameter(HttpExchange exchange) {
        return queryParameter(exchange, "cpr").map(Cpr::of);
    }

    /** A required date of the query; IllegalArgumentException (400) when it is missing or not YYYY-MM-DD. */
    private static LocalDate dateParameter(HttpExchange exchange, String name) {
        String value = queryParameter(exchange, name)
                .orElseThrow(() -> new IllegalArgumentException(name + " is required (YYYY-MM-DD)"));
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " is not a date (YYYY-MM-DD): " + value, e);
        }
    }

    private static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .filter(parameter -> parameter.startsWith(name + "="))
                .map(parameter -> URLDecoder.decode(parameter.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst();
    }
}
