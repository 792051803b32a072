package dk.sygesikring.domain.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NameChangeCardPolicyTest {

    private static final LocalDate NAME_CHANGED = LocalDate.of(2026, 12, 3);

    @Test
    @DisplayName("CARD-11 window: a marriage on the day of the name change or up to 3 months before gives a free card; a day earlier does not")
    void CARD11_window() {
        assertThat(NameChangeCardPolicy.freeCard(NAME_CHANGED, NAME_CHANGED)).isTrue();
        assertThat(NameChangeCardPolicy.freeCard(NAME_CHANGED.minusMonths(3), NAME_CHANGED)).isTrue();
        assertThat(NameChangeCardPolicy.freeCard(NAME_CHANGED.minusMonths(3).minusDays(1), NAME_CHANGED)).isFalse();
        assertThat(NameChangeCardPolicy.freeCard(NAME_CHANGED.plusDays(1), NAME_CHANGED)).as("a name change before the marriage").isFalse();
    }
}
