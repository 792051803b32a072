package dk.sygesikring.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupChangeTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate FIRST = LocalDate.of(2027, 1, 1);
    static final Cpr PERSON = Cpr.of("0101804321");

    static GroupChange toGroup(Sikringsgruppe group, LocalDate validFrom) {
        return GroupChange.requested(ForloebId.random(), PERSON, group, validFrom, NOW);
    }

    @Test
    void a_requested_change_is_on_its_way_to_luna_until_luna_answers() {
        GroupChange change = toGroup(Sikringsgruppe.GROUP_2, FIRST);
        assertThat(change.isOnItsWay()).isTrue();
        assertThat(change.registeredInLuna(NOW).isOnItsWay()).isFalse();
        assertThat(change.refusedByLuna("ukendt CPR", NOW).state())
                .isEqualTo(new GroupChangeState.RefusedByLuna("ukendt CPR", NOW));
        assertThat(change.cancelled(NOW).state()).isInstanceOf(GroupChangeState.Cancelled.class);
    }

    @Test
    void luna_answers_once_a_later_answer_or_cancellation_changes_nothing() {
        GroupChange registered = toGroup(Sikringsgruppe.GROUP_2, FIRST).registeredInLuna(NOW);
        assertThat(registered.refusedByLuna("for sent", NOW.plusSeconds(1))).isEqualTo(registered);
        assertThat(registered.cancelled(NOW.plusSeconds(1))).isEqualTo(registered);
        assertThat(registered.registeredInLuna(NOW.plusSeconds(1))).isEqualTo(registered);
    }

    @Test
    @DisplayName("GRP-6 a change to group 1 on its way counts from its valid-from date, if no later registration outranks it")
    void GRP6_a_change_to_group_one_on_its_way_counts_between_the_registration_in_force_and_the_day() {
        GroupChange change = toGroup(Sikringsgruppe.GROUP_1, FIRST);
        LocalDate registeredFrom = FIRST.minusYears(1);
        assertThat(change.bringsGroupOneOn(FIRST, registeredFrom)).isTrue();
        assertThat(change.bringsGroupOneOn(FIRST.plusDays(10), registeredFrom)).isTrue();
        assertThat(change.bringsGroupOneOn(FIRST.minusDays(1), registeredFrom)).as("not yet in force").isFalse();
        assertThat(change.bringsGroupOneOn(FIRST.plusDays(10), FIRST.plusDays(1))).as("a later registration rules").isFalse();
        assertThat(change.bringsGroupOneOn(FIRST.plusDays(10), FIRST)).as("registered the same day").isTrue();
    }

    @Test
    @DisplayName("GRP-6 a change to group 1 that LUNA refused or that was cancelled does not count; nor one to group 2")
    void GRP6_a_refused_cancelled_or_other_change_does_not_count() {
        LocalDate registeredFrom = FIRST.minusYears(1);
        assertThat(toGroup(Sikringsgruppe.GROUP_1, FIRST).refusedByLuna("nej", NOW).bringsGroupOneOn(FIRST, registeredFrom)).isFalse();
        assertThat(toGroup(Sikringsgruppe.GROUP_1, FIRST).cancelled(NOW).bringsGroupOneOn(FIRST, registeredFrom)).isFalse();
        assertThat(toGroup(Sikringsgruppe.GROUP_2, FIRST).bringsGroupOneOn(FIRST, registeredFrom)).isFalse();
    }
}
