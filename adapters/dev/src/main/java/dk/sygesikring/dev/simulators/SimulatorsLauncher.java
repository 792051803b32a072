package dk.sygesikring.dev.simulators;

import dk.sygesikring.simulators.cardsupplier.CardSupplierSimulator;
import dk.sygesikring.simulators.cpr.CprSimulator;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.nets.NetsSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.print.PrintSimulator;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In the dev environment, starts the simulators of the external systems in this JVM, each a real
 * HTTP server on its own port, so the service reaches them exactly as it reaches the real systems.
 * The Nets simulator starts without merchants: set them with {@code PUT /simulator/merchants/{merchantId}}
 * (docs/integrations/nets.md). The card supplier simulator reports to this service's {@code /card-supplier/reports},
 * the print simulator to {@code /print/reports}, each signed with the secret the service checks.
 */
@Context
@Requires(property = "sygesikring.simulators.enabled", value = "true")
class SimulatorsLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorsLauncher.class);
    /** The key reference a dev municipality's configuration names to take card payments (CFG-2, PAY-4). */
    static final String DEV_NETS_KEY = "dev-nets";

    private final CprSimulator cpr;
    private final LunaSimulator luna;
    private final DigitalPostSimulator digitalPost;
    private final NetsSimulator nets;
    private final CardSupplierSimulator cardSupplier;
    private final PrintSimulator print;

    SimulatorsLauncher(DemoPopulation population,
                       @Value("${sygesikring.simulators.cpr-port:8091}") int cprPort,
                       @Value("${sygesikring.simulators.luna-port:8092}") int lunaPort,
                       @Value("${sygesikring.simulators.digital-post-port:8093}") int digitalPostPort,
                       @Value("${sygesikring.simulators.nets-port:8095}") int netsPort,
                       @Value("${sygesikring.simulators.card-supplier-port:8094}") int cardSupplierPort,
                       @Value("${sygesikring.simulators.print-port:8096}") int printPort,
                       @Value("${micronaut.server.port:8080}") int serverPort,
                       @Value("${sygesikring.card-supplier.report-secret:dev-card-supplier-secret}") String reportSecret,
                       @Value("${sygesikring.print.report-secret:dev-print-report-secret}") String printReportSecret,
                       @Value("${sygesikring.nets.secret-keys." + DEV_NETS_KEY + ":}") String devNetsKey) {
        this.cpr = CprSimulator.start(population, cprPort);
        this.luna = LunaSimulator.start(population, lunaPort);
        this.digitalPost = DigitalPostSimulator.start(digitalPostPort);
        this.cardSupplier = CardSupplierSimulator.start(cardSupplierPort);
        if (serverPort > 0) {
            cardSupplier.reportTo(URI.create("http://localhost:" + serverPort + "/card-supplier/reports"), reportSecret);
        } else {
            LOG.info("Card supplier simulator keeps its reports: the service's port is chosen at random ({})", serverPort);
        }
        LOG.info("CPR simulator listening at {}, LUNA simulator at {}, Digital Post simulator at {}", cpr.baseUrl(),
                luna.baseUrl(), digitalPost.baseUrl());
        LOG.info("Card supplier simulator listening at {}", cardSupplier.baseUrl());
        this.print = PrintSimulator.start(printPort);
        if (serverPort > 0) {
            print.reportTo(URI.create("http://localhost:" + serverPort + "/print/reports"), printReportSecret);
        } else {
            LOG.info("Print simulator keeps its reports: the service's port is chosen at random ({})", serverPort);
        }
        LOG.info("Print simulator listening at {}", print.baseUrl());
        this.nets = NetsSimulator.start(netsPort);
        if (!devNetsKey.isBlank()) {
            // one merchant for the dev environment; a municipality uses it once its netsKeyReference is "dev-nets"
            nets.merchant("999999", devNetsKey);
        }
        LOG.info("Nets simulator at {}", nets.baseUrl());
    }

    @PreDestroy
    void stop() {
        cpr.close();
        luna.close();
        digitalPost.close();
        nets.close();
        cardSupplier.close();
        print.close();
    }
}
