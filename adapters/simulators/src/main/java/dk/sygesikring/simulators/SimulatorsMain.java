package dk.sygesikring.simulators;

import dk.sygesikring.simulators.cardsupplier.CardSupplierSimulator;
import dk.sygesikring.simulators.cpr.CprSimulator;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.luna.LunaPopulation;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.nets.NetsSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.NationalPopulation;
import dk.sygesikring.simulators.print.PrintSimulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulators of the external systems as a process of their own (docker compose): generates the
 * population they serve and serves it until the process is stopped. One simulator class per external system;
 * each is started here with its port from the environment.
 * <ul>
 *   <li>{@code CPR_SIMULATOR_PORT} (default 8091): the CPR simulator</li>
 *   <li>{@code LUNA_SIMULATOR_PORT} (default 8092): the LUNA simulator</li>
 *   <li>{@code DIGITAL_POST_SIMULATOR_PORT} (default 8093): the Digital Post simulator</li>
 *   <li>{@code NETS_SIMULATOR_PORT} (default 8095): the Nets simulator, with the merchants of
 *       {@code NETS_SIMULATOR_MERCHANTS} ({@code 101=key-101,147=key-147}: merchant id, usually the municipality
 *       code, and its secret key; none when unset): each merchant's key is what the service's
 *       {@code sygesikring.nets.secret-keys.*} hold for it. More are set, and keys rotated, with
 *       {@code PUT /simulator/merchants/{merchantId}} (docs/integrations/nets.md)</li>
 *   <li>{@code CARD_SUPPLIER_SIMULATOR_PORT} (default 8094): the card supplier simulator, which reports to
 *       {@code CARD_SUPPLIER_REPORT_URL} (e.g. {@code http://service:8080/card-supplier/reports}) with reports signed
 *       with {@code CARD_SUPPLIER_REPORT_SECRET}, required with the URL; without the URL it keeps its reports until
 *       a target is set with {@code PUT /simulator/report-target}</li>
 *   <li>{@code PRINT_SIMULATOR_PORT} (default 8096): the remote print simulator, which reports to
 *       {@code PRINT_REPORT_URL} (e.g. {@code http://service:8080/print/reports}) with reports signed with
 *       {@code PRINT_REPORT_SECRET}, required with the URL; without the URL it keeps its reports until a target is
 *       set with {@code PUT /simulator/report-target} (docs/integrations/print.md)</li>
 *   <li>{@code SIMULATED_POPULATION} (default {@code demo}): which population LUNA serves.
 *     <ul>
 *       <li>{@code demo}: the demo population's practitioners, registrations and opt-outs (what the dev environment's
 *           demo data loads into the service)</li>
 *       <li>{@code national} or {@code small}: the practitioners of the national dataset of that preset
 *           ({@link NationalPopulation#practitioners}, what the benchmarks' {@code NationalDataset} loads into the
 *           service), so that LUNA accepts doctor choices of its practitioners and the service's synchronisation of
 *           the register (INT-1) keeps them; no initial registrations or opt-outs (millions of them are not held in
 *           the simulator's memory): a person's history is what LUNA received since it started. Runs in
 *           {@code -Xmx512m}. CPR still serves the demo population (the national one's six million persons would not
 *           fit), and Digital Post needs no population whichever is chosen</li>
 *     </ul></li>
 *   <li>{@code NATIONAL_POPULATION_SEED} (default {@link NationalPopulation#DEFAULT_SEED}): the national dataset's
 *       seed, the one it was loaded with</li>
 *   <li>{@code DEMO_POPULATION_SEED} (default {@link DemoPopulation#DEFAULT_SEED}): which demo population to generate
 *       (for CPR always, for LUNA with {@code demo})</li>
 * </ul>
 */
public final class SimulatorsMain {

    private static Logger LOG;
    static final int DEFAULT_CPR_SIMULATOR_PORT = 8091;
    static final int DEFAULT_LUNA_SIMULATOR_PORT = 8092;
    static final int DEFAULT_DIGITAL_POST_SIMULATOR_PORT = 8093;
    static final int DEFAULT_NETS_SIMULATOR_PORT = 8095;
    static final int DEFAULT_CARD_SUPPLIER_SIMULATOR_PORT = 8094;
    static final int DEFAULT_PRINT_SIMULATOR_PORT = 8096;

    private SimulatorsMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // the simulators' own logging set-up, unless the operator names another (before the first logger exists)
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-simulators.xml");
        }
        LOG = LoggerFactory.getLogger(SimulatorsMain.class);
        long seed = longFromEnvironment("DEMO_POPULATION_SEED", DemoPopulation.DEFAULT_SEED);
        Map<String, String> merchants = NetsSimulator.merchantsFrom(System.getenv("NETS_SIMULATOR_MERCHANTS"));
        DemoPopulation population = DemoPopulation.generate(seed);
        LOG.info("Demo population (seed {}): {} persons, {} relations, {} practitioners", seed,
                population.persons().size(), population.relations().size(), population.practitioners().size());
        LunaPopulation lunaPopulation = lunaPopulation(System.getenv("SIMULATED_POPULATION"), population,
                longFromEnvironment("NATIONAL_POPULATION_SEED", NationalPopulation.DEFAULT_SEED));
        LOG.info("LUNA serves the {} population: {} practitioners, {} registrations; CPR serves the demo population",
                lunaPopulation.name(), lunaPopulation.practitioners().size(), lunaPopulation.registrations().size());

        List<AutoCloseable> running = new ArrayList<>();
        CprSimulator cpr = CprSimulator.start(population,
                (int) longFromEnvironment("CPR_SIMULATOR_PORT", DEFAULT_CPR_SIMULATOR_PORT));
        running.add(cpr);
        LOG.info("CPR simulator listening on port {}: GET {}/cpr/persons/{cpr}", cpr.port(), cpr.baseUrl());
        LunaSimulator luna = LunaSimulator.start(lunaPopulation,
                (int) longFromEnvironment("LUNA_SIMULATOR_PORT", DEFAULT_LUNA_SIMULATOR_PORT));
        running.add(luna);
        LOG.info("LUNA simulator listening on port {}: GET {}/luna/persons/{cpr}/history", luna.port(), luna.baseUrl());
        DigitalPostSimulator digitalPost = DigitalPostSimulator.start(
                (int) longFromEnvironment("DIGITAL_POST_SIMULATOR_PORT", DEFAULT_DIGITAL_POST_SIMULATOR_PORT));
        running.add(digitalPost);
        LOG.info("Digital Post simulator listening on port {}: GET {}/messages", digitalPost.port(), digitalPost.baseUrl());
        NetsSimulator nets = NetsSimulator.start((int) longFromEnvironment("NETS_SIMULATOR_PORT", DEFAULT_NETS_SIMULATOR_PORT));
        running.add(nets);
        merchants.forEach(nets::merchant);
        LOG.info("Nets simulator listening on port {}: POST {}/v1/payments; merchants {}", nets.port(), nets.baseUrl(),
                merchants.keySet());
        CardSupplierSimulator cardSupplier = CardSupplierSimulator.start(
                (int) longFromEnvironment("CARD_SUPPLIER_SIMULATOR_PORT", DEFAULT_CARD_SUPPLIER_SIMULATOR_PORT));
        running.add(cardSupplier);
        Optional<ReportTarget> reportTarget = reportTarget(System.getenv("CARD_SUPPLIER_REPORT_URL"),
                System.getenv("CARD_SUPPLIER_REPORT_SECRET"));
        reportTarget.ifPresent(target -> cardSupplier.reportTo(target.url(), target.secret()));
        LOG.info("Card supplier simulator listening on port {}: GET {}/orders; reports to {}", cardSupplier.port(),
                cardSupplier.baseUrl(), reportTarget.map(target -> target.url().toString()).orElse("no one yet"));
        PrintSimulator print = PrintSimulator.start(
                (int) longFromEnvironment("PRINT_SIMULATOR_PORT", DEFAULT_PRINT_SIMULATOR_PORT));
        running.add(print);
        Optional<ReportTarget> printReportTarget = reportTarget("PRINT_REPORT", System.getenv("PRINT_REPORT_URL"),
                System.getenv("PRINT_REPORT_SECRET"));
        printReportTarget.ifPresent(target -> print.reportTo(target.url(), target.secret()));
        LOG.info("Print simulator listening on port {}: POST {}/print/letters; reports to {}", print.port(),
                print.baseUrl(), printReportTarget.map(target -> target.url().toString()).orElse("no one yet"));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.reversed().forEach(SimulatorsMain::closeQuietly);
            stopped.countDown();
        }, "simulators-shutdown"));
        stopped.await();
    }

    /** What {@code SIMULATED_POPULATION} names: demo (also when unset), national or small. */
    static LunaPopulation lunaPopulation(String simulated, DemoPopulation demo, long nationalSeed) {
        String name = simulated == null || simulated.isBlank() ? "demo" : simulated.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "demo" -> LunaPopulation.of(demo);
            case "national" -> LunaPopulation.national(NationalPopulation.Preset.NATIONAL, nationalSeed);
            case "small" -> LunaPopulation.national(NationalPopulation.Preset.SMALL, nationalSeed);
            default -> throw new IllegalArgumentException(
                    "SIMULATED_POPULATION must be demo, national or small, not '" + simulated + "'");
        };
    }

    /**
     * Where a simulator reports, from {@code <prefix>_URL} and {@code <prefix>_SECRET}: {@code CARD_SUPPLIER_REPORT}
     * for the card supplier, {@code PRINT_REPORT} for remote print.
     */
    record ReportTarget(URI url, String secret) {
    }

    /** The card supplier's, from {@code CARD_SUPPLIER_REPORT_URL} and {@code CARD_SUPPLIER_REPORT_SECRET}. */
    static Optional<ReportTarget> reportTarget(String url, String secret) {
        return reportTarget("CARD_SUPPLIER_REPORT", url, secret);
    }

    /**
     * Empty when the URL is unset; a URL without a secret stops the start rather than send unverifiable reports.
     *
     * @param variables the prefix of the two variables' names, for the messages: {@code PRINT_REPORT}
     */
    static Optional<ReportTarget> reportTarget(String variables, String url, String secret) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(variables + "_SECRET must be set with " + variables + "_URL");
        }
        try {
            return Optional.of(new ReportTarget(URI.create(url.trim()), secret));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variables + "_URL must be a URL, not '" + url + "'", e);
        }
    }

    private static long longFromEnvironment(String name, long defaultValue) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static void closeQuietly(AutoCloseable simulator) {
        try {
            simulator.close();
        } catch (Exception e) {
            LOG.warn("Simulator {} did not close cleanly", simulator, e);
        }
    }
}
