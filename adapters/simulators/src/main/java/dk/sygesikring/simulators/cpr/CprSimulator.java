package dk.sygesikring.simulators.cpr;

import com.sun.net.httpserver.HttpExchange;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.simulators.cpr.CprWireFormat.PersonRecordJson;
import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.http.Simulator;
import dk.sygesikring.simulators.http.SimulatorServer;
import dk.sygesikring.simulators.population.DemoPopulation;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the civil registry's person look-up (INT-2), served over real HTTP from a changeable copy
 * of a {@link DemoPopulation}.
 * <ul>
 *   <li>{@code GET /cpr/persons/{cpr}}: 200 with the person, relations and related persons; 404 unknown; 400 malformed</li>
 *   <li>{@code PUT /cpr/persons/{cpr}}: store or replace that person (same body as GET answers); 204</li>
 *   <li>{@code /simulator/fault} and {@code /health}: see {@link SimulatorServer}</li>
 * </ul>
 */
public final class CprSimulator implements Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(CprSimulator.class);
    private static final String PERSONS_PATH = "/cpr/persons/";

    private final CprRegister register;
    private final SimulatorServer server;

    private CprSimulator(DemoPopulation population, int port) {
        this.register = new CprRegister(population);
        this.server = SimulatorServer.start("CPR", port, Map.of(PERSONS_PATH, this::persons));
    }

    /** Starts serving {@code population} on {@code port}; 0 picks a free port. */
    public static CprSimulator start(DemoPopulation population, int port) {
        CprSimulator simulator = new CprSimulator(population, port);
        LOG.info("CPR simulator serving {} persons at {}", population.persons().size(), simulator.baseUrl());
        return simulator;
    }

    @Override
    public SimulatorServer server() {
        return server;
    }

    private Reply persons(HttpExchange exchange) throws IOException {
        String candidate = exchange.getRequestURI().getPath().substring(PERSONS_PATH.length());
        Optional<String> problem = Cpr.problemWith(candidate);
        if (problem.isPresent()) {
            return Reply.error(400, problem.get());
        }
        Cpr cpr = new Cpr(candidate);
        return switch (exchange.getRequestMethod()) {
            case "GET" -> register.lookUp(cpr)
                    .map(record -> Reply.json(200, CprWireFormat.toJson(record)))
                    .orElseGet(() -> Reply.error(404, "no person with CPR number " + cpr));
            case "PUT" -> {
                CprRecord record = CprWireFormat.toDomain(SimulatorServer.read(exchange, PersonRecordJson.class));
                if (!record.person().cpr().equals(cpr)) {
                    yield Reply.error(400, "the body is about " + record.person().cpr() + ", the path " + cpr);
                }
                register.store(record);
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT");
        };
    }
}
