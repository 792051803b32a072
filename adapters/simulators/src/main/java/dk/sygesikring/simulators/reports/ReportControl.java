package dk.sygesikring.simulators.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sun.net.httpserver.HttpExchange;
import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.http.Route;
import dk.sygesikring.simulators.http.SimulatorServer;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The control routes every simulator with signed reports has, over its {@link SignedReporter}: where the reports go
 * ({@code GET|PUT /simulator/report-target}) and what goes wrong with them ({@code GET|PUT|DELETE
 * /simulator/report-faults}). Untouched by {@code /simulator/fault}, like every control route.
 */
public final class ReportControl {

    public static final String REPORT_TARGET_PATH = "/simulator/report-target";
    public static final String REPORT_FAULTS_PATH = "/simulator/report-faults";

    /** PUT /simulator/report-target. */
    @Serdeable
    public record ReportTargetJson(String url, String secret) {
    }

    /** GET /simulator/report-target: the url (null when none is set), never the secret. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportTargetUrlJson(String url) {
    }

    /** PUT /simulator/report-faults; a field left out keeps its default (1, false, 0). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportFaultsJson(Integer repeat, Boolean shuffle, Long delayMillis) {
    }

    private final SignedReporter<?, ?> reporter;

    private ReportControl(SignedReporter<?, ?> reporter) {
        this.reporter = reporter;
    }

    /** The two routes, by their paths, for the simulator's control routes. */
    public static Map<String, Route> routes(SignedReporter<?, ?> reporter) {
        ReportControl control = new ReportControl(reporter);
        return Map.of(REPORT_TARGET_PATH, SimulatorServer.exactly(REPORT_TARGET_PATH, control::reportTarget),
                REPORT_FAULTS_PATH, SimulatorServer.exactly(REPORT_FAULTS_PATH, control::reportFaults));
    }

    private Reply reportTarget(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "GET" -> Reply.json(200, new ReportTargetUrlJson(reporter.target().map(URI::toString).orElse(null)));
            case "PUT" -> {
                ReportTargetJson json = SimulatorServer.read(exchange, ReportTargetJson.class);
                if (json.url() == null || json.secret() == null) {
                    throw new IllegalArgumentException("url and secret are required");
                }
                reporter.reportTo(new SignedReporter.Target(URI.create(json.url()), json.secret()));
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT");
        };
    }

    private Reply reportFaults(HttpExchange exchange) throws IOException {
        return switch (exchange.getRequestMethod()) {
            case "GET" -> {
                ReportFaults faults = reporter.faults();
                yield Reply.json(200, new ReportFaultsJson(faults.repeat(), faults.shuffle(), faults.delay().toMillis()));
            }
            case "PUT" -> {
                ReportFaultsJson json = SimulatorServer.read(exchange, ReportFaultsJson.class);
                reporter.faults(new ReportFaults(json.repeat() == null ? 1 : json.repeat(),
                        json.shuffle() != null && json.shuffle(),
                        Duration.ofMillis(json.delayMillis() == null ? 0 : json.delayMillis())));
                yield Reply.NO_CONTENT;
            }
            case "DELETE" -> {
                reporter.faults(ReportFaults.NONE);
                yield Reply.NO_CONTENT;
            }
            default -> Reply.methodNotAllowed("GET, PUT, DELETE");
        };
    }
}
