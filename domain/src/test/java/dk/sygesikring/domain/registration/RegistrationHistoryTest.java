package dk.sygesikring.domain.registration;

import dk.sygesikring.domain.group.Sikringsgruppe;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationHistoryTest {

    static final Cpr CPR = Cpr.of("0101801231");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static InsuranceRegistration registration(Sikringsgruppe group, LocalDate validFrom, String registeredAt) {
        return InsuranceRegistration.groupChange(CPR, group, validFrom, Instant.parse(registeredAt), UUID.randomUUID(), null);
    }

    @Test
    @DisplayName("GRP-4 a change takes effect on its date: today shows what holds today, the future one waits in the history")
    void GRP4_today_holds_the_group_in_force_and_future_changes_wait() {
        RegistrationHistory history = new RegistrationHistory(List.of(
                registration(Sikringsgruppe.GROUP_1, LocalDate.of(2020, 1, 1), "2020-01-01T10:00:00Z"),
                registration(Sikringsgruppe.GROUP_2, TODAY.plusDays(10), "2026-11-20T10:00:00Z")));

        assertThat(history.inForceOn(TODAY)).map(InsuranceRegistration::group).contains(Sikringsgruppe.GROUP_1);
        assertThat(history.inForceOn(TODAY.plusDays(10))).map(InsuranceRegistration::group).contains(Sikringsgruppe.GROUP_2);
        assertThat(history.after(TODAY)).extracting(InsuranceRegistration::group).containsExactly(Sikringsgruppe.GROUP_2);
    }

    @Test
    @DisplayName("GRP-5 a change is undone by a new change with the same valid-from date: the newest registration wins")
    void GRP5_the_newest_registration_for_a_date_wins() {
        LocalDate date = TODAY.plusDays(5);
        RegistrationHistory history = new RegistrationHistory(List.of(
                registration(Sikringsgruppe.GROUP_1, LocalDate.of(2020, 1, 1), "2020-01-01T10:00:00Z"),
                registration(Sikringsgruppe.GROUP_2, date, "2026-11-20T10:00:00Z"),
                registration(Sikringsgruppe.GROUP_1, date, "2026-11-21T10:00:00Z")));

        assertThat(history.inForceOn(date)).map(InsuranceRegistration::group).contains(Sikringsgruppe.GROUP_1);
        assertThat(history.effective()).hasSize(2);
    }

    @Test
    @DisplayName("GRP-5 a doctor choice and a group change on the same date: the newest counts, doctor included")
    void GRP5_doctor_choices_and_group_changes_share_one_history() {
        LocalDate date = TODAY.plusDays(3);
        InsuranceRegistration doctor = InsuranceRegistration.doctorChoice(CPR, dk.sygesikring.domain.practitioner.ProviderNumber.of("050208"),
                date, Instant.parse("2026-11-21T10:00:00Z"), UUID.randomUUID(), null);
        RegistrationHistory history = new RegistrationHistory(List.of(doctor,
                registration(Sikringsgruppe.GROUP_2, date, "2026-11-20T10:00:00Z")));

        assertThat(history.inForceOn(date)).map(InsuranceRegistration::group).contains(Sikringsgruppe.GROUP_1);
        assertThat(history.inForceOn(date).flatMap(InsuranceRegistration::doctor)).map(Object::toString).contains("050208");
    }

    @Test
    void a_person_with_no_registration_has_no_group_in_force() {
        assertThat(new RegistrationHistory(List.of()).inForceOn(TODAY)).isEmpty();
    }
}
