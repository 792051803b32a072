package dk.sygesikring.domain.doctorchoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChoiceReasonTest {

    @Test
    @DisplayName("DOC-8 the reasons of a doctor choice, with the Danish text the forløb shows")
    void DOC8_reasons() {
        assertThat(Arrays.stream(ChoiceReason.values()).map(ChoiceReason::danishText)).containsExactly(
                "Selvvalgt", "Flytning", "Flytning fra Grønland", "Praksishændelse", "Automatisk tildeling",
                "CPR-hændelse", "Massetildeling");
    }

    @Test
    @DisplayName("DOC-8 only automatic assignment, CPR events and mass assignment default the consent to don't know (DOC-5)")
    void DOC8_consent_defaults() {
        assertThat(Arrays.stream(ChoiceReason.values()).filter(ChoiceReason::consentDefaultsToDontKnow)).containsExactly(
                ChoiceReason.AUTOMATIC_ASSIGNMENT, ChoiceReason.CPR_EVENT, ChoiceReason.MASS_ASSIGNMENT);
    }

    @Test
    @DisplayName("DOC-8 a move and a move from Greenland wait for CPR's move event and belong to the new address's municipality")
    void DOC8_moves_wait_for_cpr() {
        assertThat(Arrays.stream(ChoiceReason.values()).filter(ChoiceReason::waitsForCprMoveEvent))
                .containsExactly(ChoiceReason.MOVE, ChoiceReason.MOVE_FROM_GREENLAND);
        assertThat(Arrays.stream(ChoiceReason.values()).filter(ChoiceReason::forloebInMunicipalityOfNewAddress))
                .containsExactly(ChoiceReason.MOVE, ChoiceReason.MOVE_FROM_GREENLAND);
    }

    @Test
    @DisplayName("DOC-8 only a move from Greenland comes with a change to group 1 (DOC-9)")
    void DOC8_greenland_changes_group() {
        assertThat(Arrays.stream(ChoiceReason.values()).filter(ChoiceReason::combinedWithChangeToGroupOne))
                .containsExactly(ChoiceReason.MOVE_FROM_GREENLAND);
    }
}
