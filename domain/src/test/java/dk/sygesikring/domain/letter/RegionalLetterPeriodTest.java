package dk.sygesikring.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LET-7: the period of a look-up of regional letters, both ends included, at most the configured number of days. */
class RegionalLetterPeriodTest {

    static final Days LONGEST = RulesConfiguration.REGIONAL_LETTER_PERIOD_MAX;

    @Test
    @DisplayName("LET-7 a period of one day, from and to the same date, covers that day")
    void LET7_one_day() {
        RegionalLetterPeriod day = RegionalLetterPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), LONGEST);

        assertThat(day.days()).isEqualTo(1);
        assertThat(day.contains(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(day.contains(LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(day.contains(LocalDate.of(2025, 3, 2))).isFalse();
    }

    @Test
    @DisplayName("LET-7 both ends are included, and a leap year's 366 days are the longest period the rules' configuration allows")
    void LET7_the_longest_period() {
        RegionalLetterPeriod leapYear = RegionalLetterPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LONGEST);

        assertThat(leapYear.days()).isEqualTo(366);
        assertThat(leapYear.contains(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(leapYear.contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(RegionalLetterPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), LONGEST).days()).isEqualTo(366);
    }

    @Test
    @DisplayName("LET-7 a period one day longer than configured is refused, naming to")
    void LET7_one_day_too_long() {
        assertThatThrownBy(() -> RegionalLetterPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2), LONGEST))
                .isInstanceOfSatisfying(InvalidPeriodException.class, invalid -> {
                    assertThat(invalid.end()).isEqualTo(InvalidPeriodException.End.TO);
                    assertThat(invalid.reason()).isEqualTo("must be at most 365 days after from: a look-up covers at most 366 days");
                });
    }

    @Test
    @DisplayName("LET-7 the longest period is the configured one: with 7 days a week is allowed and 8 days are not")
    void LET7_the_configured_longest_period() {
        assertThat(RegionalLetterPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 7), Days.of(7)).days()).isEqualTo(7);
        assertThatThrownBy(() -> RegionalLetterPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 8), Days.of(7)))
                .isInstanceOf(InvalidPeriodException.class).hasMessage("to must be at most 6 days after from: a look-up covers at most 7 days");
    }

    @Test
    @DisplayName("LET-7 to before from is refused, naming to")
    void LET7_to_before_from() {
        assertThatThrownBy(() -> RegionalLetterPeriod.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), LONGEST))
                .isInstanceOfSatisfying(InvalidPeriodException.class, invalid -> {
                    assertThat(invalid.end()).isEqualTo(InvalidPeriodException.End.TO);
                    assertThat(invalid.reason()).isEqualTo("must not be before from");
                });
    }
}
