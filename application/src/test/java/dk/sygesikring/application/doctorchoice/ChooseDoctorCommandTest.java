package dk.sygesikring.application.doctorchoice;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.RefusedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules a doctor-choice command holds on its own fields: it is never made when it breaks one. */
class ChooseDoctorCommandTest {

    static final Cpr MOTHER = Cpr.of("0101801231");
    static final Cpr CHILD = Cpr.of("0101151234");
    static final Address NEW_HOME = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "new-home");

    static ChooseDoctorCommand command(List<Cpr> persons, ChoiceReason reason, Optional<Address> newAddress) {
        return new ChooseDoctorCommand(new Citizen(MOTHER), persons.stream().map(cpr -> new PersonToChoose(cpr, Optional.empty())).toList(),
                ProviderNumber.of("050208"), LocalDate.of(2026, 12, 3), reason, false, Optional.empty(), newAddress, null);
    }

    @Test
    @DisplayName("PER-6 (each person once) a person named twice in one choice is refused")
    void PER6_a_person_named_twice_is_refused() {
        assertThatThrownBy(() -> command(List.of(MOTHER, CHILD, MOTHER), ChoiceReason.SELF_CHOSEN, Optional.empty()))
                .isInstanceOfSatisfying(RefusedException.class, refused ->
                        org.assertj.core.api.Assertions.assertThat(refused.refusal()).isEqualTo(ChooseDoctorCommand.PERSON_TWICE));
        assertThatCode(() -> command(List.of(MOTHER, CHILD), ChoiceReason.SELF_CHOSEN, Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("DOC-8 (new address) a move names the address moved to, and only a move names one")
    void DOC8_a_move_and_only_a_move_names_the_new_address() {
        for (ChoiceReason move : List.of(ChoiceReason.MOVE, ChoiceReason.MOVE_FROM_GREENLAND)) {
            assertThatThrownBy(() -> command(List.of(MOTHER), move, Optional.empty()))
                    .isInstanceOfSatisfying(RefusedException.class, refused -> org.assertj.core.api.Assertions
                            .assertThat(refused.refusal()).isEqualTo(ChooseDoctorCommand.NEW_ADDRESS_REQUIRED));
            assertThatCode(() -> command(List.of(MOTHER), move, Optional.of(NEW_HOME))).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> command(List.of(MOTHER), ChoiceReason.SELF_CHOSEN, Optional.of(NEW_HOME)))
                .isInstanceOfSatisfying(RefusedException.class, refused -> org.assertj.core.api.Assertions
                        .assertThat(refused.refusal()).isEqualTo(ChooseDoctorCommand.NEW_ADDRESS_ONLY_FOR_MOVES));
    }
}
