package dk.sygesikring.simulators.print;

import com.sun.net.httpserver.HttpExchange;
import dk.sygesikring.simulators.http.Reply;
import dk.sygesikring.simulators.http.Route;
import dk.sygesikring.simulators.http.Simulator;
import dk.sygesikring.simulators.http.SimulatorServer;
import dk.sygesikring.simulators.print.PrintWireFormat.AutomaticProductionJson;
import dk.sygesikring.simulators.print.PrintWireFormat.LetterJson;
import dk.sygesikring.simulators.print.PrintWireFormat.ProductionRunJson;
import dk.sygesikring.simulators.print.PrintWireFormat.RefusalJson;
import dk.sygesikring.simulators.print.PrintWireFormat.UndeliverableJson;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for remote print (fjernprint, LET-5): the print service of the Serviceplatform (SF1600) and the print
 * supplier behind it, who print and post physical letters, served over real HTTP and kept in memory, and who report
 * back to the service as the real one does: by calling it. The wire format is the one docs/integrations/print.md
 * documents.
 * <ul>
 *   <li>{@code POST /print/letters}: 202 accepted with a print reference; 200 with the first answer for a letter id
 *       seen before, whatever the letter (nothing is printed twice); 400 for a letter whose form is wrong, 422 for
 *       one the supplier will not print (shipment type, sender system, address lines, a document that is not a
 *       PDF)</li>
 *   <li>{@code GET /simulator/letters}, {@code GET /simulator/letters/{letterId}} and {@code .../pdf}: the letters,
 *       where they are (ACCEPTED, PRINTED, POSTED, UNDELIVERABLE) and the PDF as received</li>
 *   <li>Production, untouched by faults: {@code POST /simulator/letters/{letterId}/print}, {@code .../post} (which
 *       prints first) and {@code .../undeliverable} (which posts first), {@code POST /simulator/production/run}
 *       (every letter accepted so far printed and posted), and {@code GET|PUT|DELETE /simulator/production/automatic};
 *       off unless asked for</li>
 *   <li>Reports: each PRINTED, POSTED and UNDELIVERABLE is posted, signed, to the target set with {@link #reportTo}
 *       or {@code PUT /simulator/report-target}, until the service answers 2xx ({@link SignedReporter});
 *       {@code PUT /simulator/report-faults} repeats, shuffles or delays them; {@code GET /simulator/reports} lists
 *       what was acknowledged, {@code GET /simulator/reports/pending} what was not yet</li>
 *   <li>{@code /simulator/fault} and {@code /health}: see {@link SimulatorServer}; a fault touches
 *       {@code /print/letters} only, never the reports or the other {@code /simulator/} routes</li>
 * </ul>
 */
public final class PrintSimulator implements Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(PrintSimulator.class);
    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    static final String DEFAULT_UNDELIVERABLE_REASON = "returned by the postal service: unknown at the address";
    private static final String LETTERS_PATH = "/print/letters";
    private static final String SIMULATOR_LETTERS_PATH = "/simulator/letters";
    private static final String SIMULATOR_LETTER_PATH = SIMULATOR_LETTERS_PATH + "/";
    private static final String PRODUCTION_PATH = "/simulator/production/";
    private static final String RUN_PATH = PRODUCTION_PATH + "run";
    private static final String AUTOMATIC_PATH = PRODUCTION_PATH + "automatic";
    private static final String REPORTS_PATH = "/simulator/reports";
    private static final String PENDING_REPORTS_PATH = REPORTS_PATH + "/pending";

    /**
     * How the simulator runs.
     *
     * @param clock                the time of answers, steps, reports and their signatures
     * @param firstReportRetry     the wait after a report's first failed attempt, doubled after each further one
     * @param longestReportRetry   the longest wait between two attempts of a report
     * @param automaticProduction  each new letter printed and posted by itself; empty: only when asked
     * @param agreedShipmentTypes  the shipment types the supplier prints, any other refused as unknown; empty: every
     *                             identifier of 1 to 10 digits
     */
    public record Options(Clock clock, Duration firstReportRetry, Duration longestReportRetry,
                          Optional<AutomaticProduction> automaticProduction, Set<String> agreedShipmentTypes) {

        public Options {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(firstReportRetry, "firstReportRetry");
            Objects.requireNonNull(longestReportRetry, "longestReportRetry");
            Objects.requireNonNull(automaticProduction, "automaticProduction");
            agreedShipmentTypes = Set.copyOf(agreedShipmentTypes);
        }

        /** The system clock, reports retried after 100 ms doubling to 5 s, no automatic production, any shipment type. */
        public static Options defaults() {
            return new Options(Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(5), Optional.empty(),
                    Set.of());
        }

        public Options withClock(Clock clock) {
            return new Options(clock, firstReportRetry, longestReportRetry, automaticProduction, agreedShipmentTypes);
        }

        public Options withReportRetry(Duration first, Duration longest) {
            return new Options(clock, first, longest, automaticProduction, agreedShipmentTypes);
        }

        public Options withAutomaticProduction(Duration printAfter, Duration postAfter) {
            return new Options(clock, firstReportRetry, longestReportRetry,
                    Optional.of(new AutomaticProduction(printAfter, postAfter)), agreedShipmentTypes);
        }

        public Options withAgreedShipmentTypes(String... shipmentTypeIds) {
            return new Options(clock, firstReportRetry, longestReportRetry, automaticProduction,
                    Set.of(shipmentTypeIds));
        }
    }

    /** Each new letter is printed {@code printAfter} and posted {@code postAfter} after it is accepted. */
    public record AutomaticProduction(Duration printAfter, Duration postAfter) {

        public AutomaticProduction {
            Objects.requireNonNull(printAfter, "printAfter");
            Objects.requireNonNull(postAfter, "postAfter");
            if (printAfter.isNegative() || postAfter.compareTo(printAfter) < 0) {
                throw new IllegalArgumentException("a letter is printed at or after 0 ms and posted at or after it"
                        + " is printed: " + printAfter.toMillis() + " ms, " + postAfter.toMillis() + " ms");
            }
        }
    }

    private final Set<String> agreedShipmentTypes;
    private final SignedReporter<Report, DeliveredReport> reporter;
    private final Letters letters;
    private final ScheduledExecutorService production = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("print-production").factory());
    private final AtomicReference<Optional<AutomaticProduction>> automatic;
    private final SimulatorServer server;

    private PrintSimulator(int port, Options options) {
        this.agreedShipmentTypes = options.agreedShipmentTypes();
        this.reporter = new SignedReporter<>(new SignedReporter.Sender("Print", "letter", ReportSignature.HEADER,
                ReportSignature::header), options.clock(), options.firstReportRetry(), options.longestReportRetry(),
                PrintSimulator::body, (report, copy, attempts, at) -> new DeliveredReport(report.reportId(), report.letterId(),
                        report.status(), report.occurredAt(), report.printReference(), report.reason(), copy, attempts, at));
        this.letters = new Letters(options.clock(), reporter::enqueue);
        this.automatic = new AtomicReference<>(options.automaticProduction());
        Map<String, Route> control = new HashMap<>();
        control.put(SIMULATOR_LETTERS_PATH, SimulatorServer.exactly(SIMULATOR_LETTERS_PATH, this::list));
        control.put(SIMULATOR_LETTER_PATH, this::letter);
        control.put(PRODUCTION_PATH, this::production);
        control.putAll(ReportControl.routes(reporter));
        control.put(REPORTS_PATH, this::reports);
        try {
            this.server = SimulatorServer.start("Print", port,
                    Map.of(LETTERS_PATH, SimulatorServer.exactly(LETTERS_PATH, this::letters)), control);
        } catch (RuntimeException e) {
            reporter.close();
            production.shutdownNow();
            throw e;
        }
    }

    /** Starts on {@code port} with {@link Options#defaults()}; 0 picks a free port. */
    public static PrintSimulator start(int port) {
        return start(port, Options.defaults());
    }

    public static PrintSimulator start(int port, Options options) {
        PrintSimulator simulator = new PrintSimulator(port, options);
        LOG.info("Print simulator at {}", simulator.baseUrl());
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
     * Prints the letter and reports PRINTED; a letter printed or further on stays as it is.
     *
     * @throws NoSuchElementException for a letter the simulator does not have
     */
    public LetterStatus print(UUID letterId) {
        return letters.print(letterId).status();
    }

    /** Posts the letter (printing it first if need be) and reports each step; throws as {@link #print}. */
    public LetterStatus post(UUID letterId) {
        return letters.post(letterId).status();
    }

    /** The letter comes back undeliverable for {@code reason} (posted first if need be); throws as {@link #print}. */
    public LetterStatus undeliverable(UUID letterId, String reason) {
        return letters.undeliverable(letterId, reason).status();
    }

    /** Prints and posts every letter accepted so far that is not posted yet; how many it moved. */
    public int runProduction() {
        return letters.runProduction().size();
    }

    public Optional<LetterStatus> status(UUID letterId) {
        return letters.find(letterId).map(ReceivedLetter::status);
    }

    /** The PDF of a letter accepted, as it arrived. */
    public Optional<byte[]> pdf(UUID letterId) {
        return letters.find(letterId).map(received -> received.letter().pdf().clone());
    }

    /** How many letters were accepted. */
    public int letterCount() {
        return letters.all().size();
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

    private Reply letters(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            return Reply.methodNotAllowed("POST");
        }
        Letter letter;
        try {
            letter = PrintWireFormat.toLetter(SimulatorServer.read(exchange, LetterJson.class));
        } catch (IllegalArgumentException e) {
            return refusal(400, "INVALID_REQUEST", e.getMessage());
        }
        if (letters.find(letter.letterId()).isEmpty()) {
            Optional<Letter.Refusal> refusal = letter.refusal(agreedShipmentTypes);
            if (refusal.isPresent()) {
                LOG.info("Print simulator refused letter {}: {}", letter.letterId(), refusal.get().reason());
                return refusal(422, refusal.get().reason(), refusal.get().message());
            }
        }
        Letters.Accepting accepting = letters.accept(letter);
        if (!accepting.replayed()) {
            scheduleProduction(letter.letterId());
        }
        return Reply.json(accepting.replayed() ? 200 : 202, PrintWireFormat.accepted(accepting.letter()));
    }

    private Reply list(HttpExchange exchange) {
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.methodNotAllowed("GET");
        }
        return Reply.json(200, letters.all().stream().map(PrintWireFormat::toJson).toList());
    }

    /**
     * {@code GET /simulator/letters/{letterId}} and {@code .../pdf}; {@code POST .../print}, {@code .../post} and
     * {@code .../undeliverable}.
     */
    private Reply letter(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().substring(SIMULATOR_LETTER_PATH.length()).split("/", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            return noSuchResource(exchange);
        }
        if (parts.length == 1 || parts[1].equals("pdf")) {
            if (!exchange.getRequestMethod().equals("GET")) {
                return Reply.methodNotAllowed("GET");
            }
            UUID letterId = letterId(parts[0]);
            Optional<ReceivedLetter> found = letters.find(letterId);
            if (found.isEmpty()) {
                return notKnown(letterId);
            }
            return parts.length == 1
                    ? Reply.json(200, PrintWireFormat.toJson(found.get()))
                    : Reply.content(200, "application/pdf", found.get().letter().pdf());
        }
        String step = parts[1];
        if (!(step.equals("print") || step.equals("post") || step.equals("undeliverable"))) {
            return noSuchResource(exchange);
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            return Reply.methodNotAllowed("POST");
        }
        UUID letterId = letterId(parts[0]);
        try {
            ReceivedLetter moved = switch (step) {
                case "print" -> letters.print(letterId);
                case "post" -> letters.post(letterId);
                default -> letters.undeliverable(letterId, undeliverableReason(exchange));
            };
            return Reply.json(200, PrintWireFormat.toJson(moved));
        } catch (NoSuchElementException e) {
            return notKnown(letterId);
        }
    }

    /** The reason in an optional {@code {"reason": "..."}}; without one, the postal service's usual. */
    private static String undeliverableReason(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length == 0) {
            return DEFAULT_UNDELIVERABLE_REASON;
        }
        UndeliverableJson json;
        try {
            json = JSON.readValue(body, UndeliverableJson.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("the request body is not valid JSON for UndeliverableJson", e);
        }
        return json == null || json.reason() == null || json.reason().isBlank()
                ? DEFAULT_UNDELIVERABLE_REASON : json.reason().strip();
    }

    /** {@code POST /simulator/production/run}, {@code GET|PUT|DELETE /simulator/production/automatic}. */
    private Reply production(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(RUN_PATH)) {
            return method.equals("POST")
                    ? Reply.json(200, new ProductionRunJson(letters.runProduction().stream()
                            .map(letter -> letter.letter().letterId().toString()).toList()))
                    : Reply.methodNotAllowed("POST");
        }
        if (!path.equals(AUTOMATIC_PATH)) {
            return noSuchResource(exchange);
        }
        return switch (method) {
            case "GET" -> Reply.json(200, automatic.get()
                    .map(on -> new AutomaticProductionJson(on.printAfter().toMillis(), on.postAfter().toMillis()))
                    .orElse(new AutomaticProductionJson(null, null)));
            case "PUT" -> {
                AutomaticProductionJson json = SimulatorServer.read(exchange, AutomaticProductionJson.class);
                if (json.printAfterMillis() == null || json.postAfterMillis() == null) {
                    throw new IllegalArgumentException("printAfterMillis and postAfterMillis are required");
                }
                AutomaticProduction on = new AutomaticProduction(Duration.ofMillis(json.printAfterMillis()),
                        Duration.ofMillis(json.postAfterMillis()));
                automatic.set(Optional.of(on));
                LOG.info("Print simulator prints and posts new letters by itself: {}", on);
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
            return noSuchResource(exchange);
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            return Reply.methodNotAllowed("GET");
        }
        return path.equals(REPORTS_PATH)
                ? Reply.json(200, reporter.delivered().stream().map(PrintWireFormat::toJson).toList())
                : Reply.json(200, reporter.pending().stream().map(PrintWireFormat::toJson).toList());
    }

    private void scheduleProduction(UUID letterId) {
        automatic.get().ifPresent(on -> {
            production.schedule(() -> letters.print(letterId), on.printAfter().toMillis(), TimeUnit.MILLISECONDS);
            production.schedule(() -> letters.post(letterId), on.postAfter().toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private static UUID letterId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a letter id is a UUID: " + text, e);
        }
    }

    private static Reply noSuchResource(HttpExchange exchange) {
        return Reply.error(404, "no such resource: " + exchange.getRequestURI().getPath());
    }

    private static Reply notKnown(UUID letterId) {
        return refusal(404, "NOT_KNOWN", "no letter with id " + letterId);
    }

    private static Reply refusal(int status, String reason, String message) {
        return Reply.json(status, new RefusalJson(reason, message));
    }

    private static byte[] body(Report report) {
        try {
            return JSON.writeValueAsBytes(PrintWireFormat.toJson(report));
        } catch (IOException e) {
            throw new UncheckedIOException("a report could not be written as JSON", e);
        }
    }
}
