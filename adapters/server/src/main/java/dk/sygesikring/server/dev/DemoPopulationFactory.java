package dk.sygesikring.server.dev;

import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The synthetic population that the dev environment's CPR simulator serves and the demo data loads. */
@Factory
class DemoPopulationFactory {

    @Singleton
    @Requires(property = "sygesikring.demo-data.enabled", value = "true")
    @Requires(property = "sygesikring.simulators.enabled", value = "true")
    DemoPopulation demoPopulation(@Value("${sygesikring.demo-data.seed:" + DemoPopulation.DEFAULT_SEED + "}") long seed) {
        return DemoPopulation.generate(seed);
    }
}
