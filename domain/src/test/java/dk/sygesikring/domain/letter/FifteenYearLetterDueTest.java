package dk.sygesikring.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.configuration.Days;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DOC-17: the letter is due the configured delay (the rules' 21 days) after the 15th birthday. */
class FifteenYearLetterDueTest {

    static final Days RULES_DELAY = Days.of(21);

    @Test
    @DisplayName("DOC-17 born 3 March 2011: 15 on 3 March 2026, the letter due 21 days later on 24 March 2026")
    void DOC17_due_21_days_after_the_15th_birthday() {
        LocalDate born = LocalDate.of(2011, 3, 3);

        assertThat(FifteenYearLetterDue.fifteenthBirthday(born)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(FifteenYearLetterDue.dueOn(born, RULES_DELAY)).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(FifteenYearLetterDue.dueOn(born, Days.of(10))).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(FifteenYearLetterDue.bornOnDatesDueOn(LocalDate.of(2026, 3, 24), RULES_DELAY)).containsExactly(born);
        assertThat(FifteenYearLetterDue.bornOnDatesDueOn(LocalDate.of(2026, 3, 23), RULES_DELAY))
                .containsExactly(LocalDate.of(2011, 3, 2));
    }

    @Test
    @DisplayName("DOC-17 born 29 February 2012: 15 on 1 March 2027, as the age is counted, so due with those born 1 March; nobody turns 15 on 29 February 2028")
    void DOC17_leap_day() {
        LocalDate leapDay = LocalDate.of(2012, 2, 29);

        assertThat(FifteenYearLetterDue.fifteenthBirthday(leapDay)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(FifteenYearLetterDue.bornOnDatesDueOn(LocalDate.of(2027, 3, 22), RULES_DELAY))
                .containsExactly(leapDay, LocalDate.of(2012, 3, 1));
        assertThat(FifteenYearLetterDue.bornOnDatesDueOn(LocalDate.of(2027, 3, 21), RULES_DELAY))
                .containsExactly(LocalDate.of(2012, 2, 28));
        // 15 years before 29 February 2028 there was no 29 February
        assertThat(FifteenYearLetterDue.bornOnDatesDueOn(LocalDate.of(2028, 2, 29), Days.of(0))).isEmpty();
        assertThat(FifteenYearLetterDue.bornOnDatesDueOn(LocalDate.of(2028, 3, 1), Days.of(0)))
                .containsExactly(LocalDate.of(2013, 3, 1));
    }

    @Test
    @DisplayName("DOC-17 a run looks back the configured days, today the last: 14 days on 24 March are 11 to 24 March; one day is today alone")
    void DOC17_the_window() {
        LocalDate today = LocalDate.of(2026, 3, 24);

        assertThat(FifteenYearLetterDue.window(today, Days.of(14))).hasSize(14)
                .startsWith(LocalDate.of(2026, 3, 11)).endsWith(today);
        assertThat(FifteenYearLetterDue.window(today, Days.of(1))).containsExactly(today);
    }
}
