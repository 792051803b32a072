package dk.sygesikring.dev.demo;

import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The synthetic population that the dev environment's CPR simulator serves and the demo data loads. Generated
 * only when one of them asks for it (beans are created on first use).
 */
@Factory
class DemoPopulationFactory {

    @Singleton
    DemoPopulation demoPopulation(@Value("${sygesikring.demo-data.seed:" + DemoPopulation.DEFAULT_SEED + "}") long seed) {
        return DemoPopulation.generate(seed);
    }
}
