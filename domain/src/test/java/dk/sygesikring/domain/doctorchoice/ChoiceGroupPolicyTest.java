package dk.sygesikring.domain.doctorchoice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChoiceGroupPolicyTest {

    static final Cpr PERSON = Cpr.of("0101804321");
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate VALID_FROM = LocalDate.of(2027, 1, 1);
    static final LocalDate LAST_YEAR = VALID_FROM.minusYears(1);

    static RegistrationHistory inGroup(Sikringsgruppe group, LocalDate from) {
        return new RegistrationHistory(List.of(InsuranceRegistration.groupChange(PERSON, group, from, NOW, UUID.randomUUID(), null)));
    }

    static GroupChange onItsWay(Sikringsgruppe group, LocalDate from) {
        return GroupChange.requested(ForloebId.random(), PERSON, group, from, NOW);
    }

    static Optional<Refusal> choosing(ChoiceReason reason, RegistrationHistory history, GroupChange... changes) {
        return ChoiceGroupPolicy.mayChoose(reason, PERSON, history, () -> List.of(changes), VALID_FROM);
    }

    @Test
    @DisplayName("GRP-6 a person in group 1 on the valid-from date may choose; one in group 2 may not")
    void GRP6_group_one_on_the_valid_from_date_decides() {
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, inGroup(Sikringsgruppe.GROUP_1, LAST_YEAR))).isEmpty();
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, inGroup(Sikringsgruppe.GROUP_2, LAST_YEAR)))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.code()).isEqualTo("not-in-group-1");
                    assertThat(refusal.rule()).isEqualTo("GRP-6");
                    assertThat(refusal.detail()).contains(PERSON.value(), "group 2");
                });
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, inGroup(Sikringsgruppe.GROUP_2, VALID_FROM.plusDays(1))))
                .as("a person unknown on the valid-from date (here and in LUNA) may choose").isEmpty();
    }

    @Test
    @DisplayName("GRP-6 a future change to group 2, 4, 5, 7, 8 or 9 does not stop a choice made before it takes effect")
    void GRP6_a_future_change_away_from_group_one_does_not_stop_the_choice() {
        for (Sikringsgruppe later : List.of(Sikringsgruppe.GROUP_2, Sikringsgruppe.GROUP_4, Sikringsgruppe.GROUP_5,
                Sikringsgruppe.GROUP_7, Sikringsgruppe.GROUP_8, Sikringsgruppe.GROUP_9)) {
            RegistrationHistory history = new RegistrationHistory(List.of(
                    InsuranceRegistration.groupChange(PERSON, Sikringsgruppe.GROUP_1, LAST_YEAR, NOW, UUID.randomUUID(), null),
                    InsuranceRegistration.groupChange(PERSON, later, VALID_FROM.plusDays(10), NOW, UUID.randomUUID(), null)));
            assertThat(ChoiceGroupPolicy.mayChoose(ChoiceReason.SELF_CHOSEN, PERSON, history, () -> List.of(
                    onItsWay(later, VALID_FROM.plusDays(20))), VALID_FROM)).as("change to group " + later.number()).isEmpty();
            assertThat(ChoiceGroupPolicy.mayChoose(ChoiceReason.SELF_CHOSEN, PERSON, history, List::of, VALID_FROM.plusDays(10)))
                    .as("but not for a day from the change on").isPresent();
        }
    }

    @Test
    @DisplayName("GRP-6 a change to group 1 on its way counts from its date; one refused by LUNA, cancelled or dated later does not")
    void GRP6_a_change_to_group_one_on_its_way_counts() {
        RegistrationHistory groupTwo = inGroup(Sikringsgruppe.GROUP_2, LAST_YEAR);
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, groupTwo, onItsWay(Sikringsgruppe.GROUP_1, VALID_FROM))).isEmpty();
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, groupTwo, onItsWay(Sikringsgruppe.GROUP_1, VALID_FROM.plusDays(1)))).isPresent();
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, groupTwo,
                onItsWay(Sikringsgruppe.GROUP_1, VALID_FROM).refusedByLuna("CPR ukendt", NOW))).isPresent();
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, groupTwo, onItsWay(Sikringsgruppe.GROUP_1, VALID_FROM).cancelled(NOW))).isPresent();
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, groupTwo, onItsWay(Sikringsgruppe.GROUP_2, VALID_FROM))).isPresent();
        assertThat(choosing(ChoiceReason.SELF_CHOSEN, inGroup(Sikringsgruppe.GROUP_2, VALID_FROM),
                onItsWay(Sikringsgruppe.GROUP_1, LAST_YEAR))).as("a registration after the change outranks it").isPresent();
    }

    @Test
    @DisplayName("DOC-9 a move from Greenland is for a person in group 7 on the valid-from date, or one unknown here")
    void DOC9_a_move_from_greenland_is_for_group_seven() {
        assertThat(choosing(ChoiceReason.MOVE_FROM_GREENLAND, inGroup(Sikringsgruppe.GROUP_7, LAST_YEAR))).isEmpty();
        assertThat(choosing(ChoiceReason.MOVE_FROM_GREENLAND, new RegistrationHistory(List.of()))).isEmpty();
        assertThat(choosing(ChoiceReason.MOVE_FROM_GREENLAND, inGroup(Sikringsgruppe.GROUP_1, LAST_YEAR)))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.code()).isEqualTo("not-in-group-7");
                    assertThat(refusal.rule()).isEqualTo("DOC-9");
                });
    }
}
