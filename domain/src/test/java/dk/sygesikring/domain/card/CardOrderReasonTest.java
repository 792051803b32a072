package dk.sygesikring.domain.card;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.group.Sikringsgruppe;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardOrderReasonTest {

    @Test
    @DisplayName("CARD-2 (group change): a change to group 1, 2 or 6 orders a card, for the reason that decides its fee; other groups order none")
    void CARD2_groupChange() {
        assertThat(CardOrderReason.ofGroupChange(Optional.of(Sikringsgruppe.GROUP_1), Sikringsgruppe.GROUP_2))
                .contains(CardOrderReason.GROUP_CHANGE);
        assertThat(CardOrderReason.ofGroupChange(Optional.of(Sikringsgruppe.GROUP_2), Sikringsgruppe.GROUP_1))
                .contains(CardOrderReason.GROUP_CHANGE);
        assertThat(CardOrderReason.ofGroupChange(Optional.of(Sikringsgruppe.GROUP_4), Sikringsgruppe.GROUP_1))
                .contains(CardOrderReason.RESTING_ACTIVE_TRANSITION);
        assertThat(CardOrderReason.ofGroupChange(Optional.of(Sikringsgruppe.GROUP_5), Sikringsgruppe.GROUP_2))
                .contains(CardOrderReason.RESTING_ACTIVE_TRANSITION);
        assertThat(CardOrderReason.ofGroupChange(Optional.of(Sikringsgruppe.GROUP_7), Sikringsgruppe.GROUP_1))
                .contains(CardOrderReason.FIRST_ENTITLEMENT);
        assertThat(CardOrderReason.ofGroupChange(Optional.empty(), Sikringsgruppe.GROUP_1)).contains(CardOrderReason.FIRST_ENTITLEMENT);
        assertThat(CardOrderReason.ofGroupChange(Optional.of(Sikringsgruppe.GROUP_2), Sikringsgruppe.GROUP_2)).isEmpty();
        for (Sikringsgruppe without : new Sikringsgruppe[] {Sikringsgruppe.GROUP_4, Sikringsgruppe.GROUP_5, Sikringsgruppe.GROUP_7,
                Sikringsgruppe.GROUP_8, Sikringsgruppe.GROUP_9}) {
            assertThat(CardOrderReason.ofGroupChange(Optional.of(Sikringsgruppe.GROUP_1), without)).as(without.name()).isEmpty();
        }
    }
}
