package dk.sygesikring.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    final AuditRetention twelveMonthsThreeAhead = new AuditRetention(12, 3, 6);

    @Test
    @DisplayName("AUD-1 (retention) the current month and three ahead are made, across the turn of the year")
    void AUD1_the_current_month_and_the_months_ahead_are_made() {
        AuditRetention.Plan plan = twelveMonthsThreeAhead.plan(YearMonth.of(2026, 11), List.of(YearMonth.of(2026, 11)), List.of());

        assertThat(plan.create()).containsExactly(YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2));
        assertThat(plan.drop()).isEmpty();
    }

    @Test
    @DisplayName("AUD-1 (retention) a month is dropped once twelve whole months have passed since it ended, not before")
    void AUD1_a_month_is_dropped_after_the_months_kept() {
        List<YearMonth> existing = List.of(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12),
                YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2));

        AuditRetention.Plan plan = twelveMonthsThreeAhead.plan(YearMonth.of(2026, 11), existing, List.of());

        assertThat(plan.drop()).containsExactly(YearMonth.of(2025, 10));
        assertThat(twelveMonthsThreeAhead.oldestKept(YearMonth.of(2026, 11))).isEqualTo(YearMonth.of(2025, 11));
        assertThat(plan.create()).isEmpty();
    }

    @Test
    @DisplayName("AUD-1 (retention) months missed for a while are all made and all dropped at the next upkeep")
    void AUD1_upkeep_after_a_pause_catches_up() {
        AuditRetention.Plan plan = new AuditRetention(7, 2, 6).plan(YearMonth.of(2027, 3),
                List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9)), List.of());

        assertThat(plan.create()).containsExactly(YearMonth.of(2027, 3), YearMonth.of(2027, 4), YearMonth.of(2027, 5));
        assertThat(plan.drop()).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
    }

    @Test
    @DisplayName("AUD-1 (retention) a line kept without a month gets its month when it is within the retention, and is dropped past it")
    void AUD1_lines_without_a_month_get_it_or_are_dropped() {
        AuditRetention.Plan plan = twelveMonthsThreeAhead.plan(YearMonth.of(2026, 11),
                List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2)),
                List.of(YearMonth.of(2025, 9), YearMonth.of(2026, 7), YearMonth.of(2027, 1), YearMonth.of(2029, 1)));

        assertThat(plan.create()).as("July's lines move in; 2029's wait, too far ahead to make").containsExactly(YearMonth.of(2026, 7));
        assertThat(plan.drop()).containsExactly(YearMonth.of(2025, 9));
    }

    @Test
    void a_line_belongs_to_its_month_in_UTC() {
        assertThat(AuditRetention.monthOf(Instant.parse("2026-11-30T23:30:00Z"))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(AuditRetention.monthOf(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    @DisplayName("AUD-1 (retention) the log is never kept shorter than the extraction window, and a month is made ahead")
    void AUD1_retention_shorter_than_the_extraction_window_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditRetention(5, 3, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditRetention(12, 0, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditRetention(12, 3, 0));
    }
}
