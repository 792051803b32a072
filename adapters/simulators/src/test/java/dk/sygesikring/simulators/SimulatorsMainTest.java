package dk.sygesikring.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.simulators.luna.LunaPopulation;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.NationalPopulation;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code SIMULATED_POPULATION} chooses what LUNA serves; {@code CARD_SUPPLIER_REPORT_*} where the card supplier reports,
 * {@code PRINT_REPORT_*} where remote print reports.
 */
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

    @Test
    void the_card_supplier_reports_to_the_url_with_the_secret_and_keeps_its_reports_without_a_url() {
        assertThat(SimulatorsMain.reportTarget("http://service:8080/card-supplier/reports", "compose-secret"))
                .contains(new SimulatorsMain.ReportTarget(URI.create("http://service:8080/card-supplier/reports"), "compose-secret"));
        assertThat(SimulatorsMain.reportTarget(null, null)).isEqualTo(Optional.empty());
        assertThat(SimulatorsMain.reportTarget(" ", "compose-secret")).isEqualTo(Optional.empty());
    }

    @Test
    void a_report_url_without_a_secret_stops_the_start() {
        assertThatThrownBy(() -> SimulatorsMain.reportTarget("http://service:8080/card-supplier/reports", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CARD_SUPPLIER_REPORT_SECRET must be set with CARD_SUPPLIER_REPORT_URL");
    }

    @Test
    void remote_print_reports_to_the_url_with_the_secret_and_keeps_its_reports_without_a_url() {
        assertThat(SimulatorsMain.reportTarget("PRINT_REPORT", " http://service:8080/print/reports ", "compose-print-secret"))
                .contains(new SimulatorsMain.ReportTarget(URI.create("http://service:8080/print/reports"), "compose-print-secret"));
        assertThat(SimulatorsMain.reportTarget("PRINT_REPORT", null, "compose-print-secret")).isEqualTo(Optional.empty());
    }

    @Test
    void a_print_report_url_without_a_secret_or_that_is_no_url_stops_the_start_naming_the_print_variables() {
        assertThatThrownBy(() -> SimulatorsMain.reportTarget("PRINT_REPORT", "http://service:8080/print/reports", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PRINT_REPORT_SECRET must be set with PRINT_REPORT_URL");
        assertThatThrownBy(() -> SimulatorsMain.reportTarget("PRINT_REPORT", "http://service:8080/print reports", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PRINT_REPORT_URL must be a URL, not 'http://service:8080/print reports'");
    }
}
