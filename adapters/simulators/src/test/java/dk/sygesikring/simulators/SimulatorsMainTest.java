package dk.sygesikring.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.simulators.luna.LunaPopulation;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.NationalPopulation;
import org.junit.jupiter.api.Test;

/** {@code SIMULATED_POPULATION} chooses what LUNA serves. */
class SimulatorsMainTest {

    private static final DemoPopulation DEMO = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);

    @Test
    void unset_or_demo_serves_the_demo_populations_practitioners_and_registrations() {
        for (String simulated : new String[] {null, " ", "demo", "DEMO"}) {
            LunaPopulation luna = SimulatorsMain.lunaPopulation(simulated, DEMO, NationalPopulation.DEFAULT_SEED);

            assertThat(luna.practitioners()).isEqualTo(DEMO.practitioners());
            assertThat(luna.registrations()).isEqualTo(DEMO.registrations().all());
            assertThat(luna.physicalCardOptOuts()).isEqualTo(DEMO.registrations().physicalCardOptOuts());
        }
    }

    @Test
    void small_serves_the_small_national_presets_practitioners_and_no_registrations() {
        LunaPopulation luna = SimulatorsMain.lunaPopulation("small", DEMO, 7L);

        assertThat(luna.practitioners()).isEqualTo(NationalPopulation.practitioners(NationalPopulation.Preset.SMALL, 7L));
        assertThat(luna.registrations()).isEmpty();
        assertThat(luna.physicalCardOptOuts()).isEmpty();
    }

    @Test
    void another_name_stops_the_start_saying_which_are_known() {
        assertThatThrownBy(() -> SimulatorsMain.lunaPopulation("denmark", DEMO, NationalPopulation.DEFAULT_SEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SIMULATED_POPULATION must be demo, national or small, not 'denmark'");
    }
}
