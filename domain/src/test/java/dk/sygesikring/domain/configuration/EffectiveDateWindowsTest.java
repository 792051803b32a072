package dk.sygesikring.domain.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EffectiveDateWindowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    final EffectiveDateWindows windows = new EffectiveDateWindows(EffectiveDateWindow.of(0, 10),
            EffectiveDateWindow.of(5, 20), EffectiveDateWindow.of(100, 200));

    @Test
    @DisplayName("CFG-1 windows part: each actor gets the configured window: citizen, caseworker (also an administrator), special rights; the system none")
    void CFG1_window_per_actor() {
        MunicipalityCode code = MunicipalityCode.of("101");
        assertThat(windows.of(new Citizen(Cpr.of("0101801231")))).contains(EffectiveDateWindow.of(0, 10));
        assertThat(windows.of(new Caseworker("cw", code, false))).contains(EffectiveDateWindow.of(5, 20));
        assertThat(windows.of(new MunicipalAdministrator("adm", code))).contains(EffectiveDateWindow.of(5, 20));
        assertThat(windows.of(new Caseworker("cw", code, true))).contains(EffectiveDateWindow.of(100, 200));
        assertThat(windows.of(new SystemActor("cpr-events"))).isEmpty();
    }

    @Test
    @DisplayName("CFG-1 windows part: a window includes both its ends")
    void CFG1_window_ends() {
        EffectiveDateWindow window = EffectiveDateWindow.of(5, 20);

        assertThat(window.contains(TODAY.minusDays(5), TODAY)).isTrue();
        assertThat(window.contains(TODAY.minusDays(6), TODAY)).isFalse();
        assertThat(window.contains(TODAY.plusDays(20), TODAY)).isTrue();
        assertThat(window.contains(TODAY.plusDays(21), TODAY)).isFalse();
        assertThat(window.describe(TODAY)).isEqualTo("between 2026-11-17 and 2026-12-12");
    }
}
