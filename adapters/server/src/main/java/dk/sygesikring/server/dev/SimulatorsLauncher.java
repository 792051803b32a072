package dk.sygesikring.server.dev;

import dk.sygesikring.simulators.cpr.CprSimulator;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In the dev environment, starts the simulators of the external systems in this JVM, each a real
 * HTTP server on its own port, so the service reaches them exactly as it reaches the real systems.
 */
@Context
@Requires(property = "sygesikring.simulators.enabled", value = "true")
class SimulatorsLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorsLauncher.class);

    private final CprSimulator cpr;
    private final LunaSimulator luna;

    SimulatorsLauncher(DemoPopulation population,
                       @Value("${sygesikring.simulators.cpr-port:8091}") int cprPort,
                       @Value("${sygesikring.simulators.luna-port:8092}") int lunaPort) {
        this.cpr = CprSimulator.start(population, cprPort);
        this.luna = LunaSimulator.start(population, lunaPort);
        LOG.info("CPR simulator listening at {}, LUNA simulator at {}", cpr.baseUrl(), luna.baseUrl());
    }

    @PreDestroy
    void stop() {
        cpr.close();
        luna.close();
    }
}
