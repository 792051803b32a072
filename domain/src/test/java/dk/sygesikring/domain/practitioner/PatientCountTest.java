package dk.sygesikring.domain.practitioner;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.PatientCount.Registrations;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LUNA counted on 1 November 2026; today is 22 November 2026. */
class PatientCountTest {

    static final LocalDate COUNTED_ON = LocalDate.of(2026, 11, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final ProviderNumber A = ProviderNumber.of("050208");
    static final ProviderNumber B = ProviderNumber.of("071145");
    static final Cpr PERSON = Cpr.of("0101801234");

    final PatientCount atA = new PatientCount(A, 1500, COUNTED_ON);
    final PatientCount atB = new PatientCount(B, 1000, COUNTED_ON);
    final InsuranceRegistration atAForYears = choice(A, LocalDate.of(2020, 1, 1), "2019-12-20T10:00:00Z");

    @Test
    @DisplayName("DOC-7 a person moving from doctor A to B since LUNA counted frees a place at A and takes one at B")
    void DOC7_a_move_frees_a_place_at_the_old_doctor() {
        Registrations moved = new Registrations(List.of(atAForYears),
                List.of(atAForYears, choice(B, LocalDate.of(2026, 11, 20), "2026-11-10T10:00:00Z")));

        assertThat(atA.on(TODAY, List.of(moved))).isEqualTo(1499);
        assertThat(atB.on(TODAY, List.of(moved))).isEqualTo(1001);
    }

    @Test
    @DisplayName("DOC-7 moving back and forth counts once where the person is now, however often the registrations changed")
    void DOC7_counted_not_accumulated() {
        Registrations backAgain = new Registrations(List.of(atAForYears), List.of(atAForYears,
                choice(B, LocalDate.of(2026, 11, 5), "2026-11-02T10:00:00Z"),
                choice(A, LocalDate.of(2026, 11, 10), "2026-11-08T10:00:00Z"),
                choice(B, LocalDate.of(2026, 11, 15), "2026-11-12T10:00:00Z"),
                choice(A, LocalDate.of(2026, 11, 18), "2026-11-16T10:00:00Z")));

        assertThat(atA.on(TODAY, List.of(backAgain))).isEqualTo(1500);
        assertThat(atB.on(TODAY, List.of(backAgain))).isEqualTo(1000);
    }

    @Test
    @DisplayName("DOC-7 a registration for a later date takes the new place at once; the old doctor keeps the person until that date")
    void DOC7_a_later_date_holds_the_new_place_at_once() {
        Registrations moving = new Registrations(List.of(atAForYears),
                List.of(atAForYears, choice(B, LocalDate.of(2026, 12, 10), "2026-11-21T10:00:00Z")));

        assertThat(atA.on(TODAY, List.of(moving))).isEqualTo(1500);
        assertThat(atB.on(TODAY, List.of(moving))).isEqualTo(1001);
        assertThat(atA.on(LocalDate.of(2026, 12, 10), List.of(moving))).isEqualTo(1499);
        assertThat(atB.on(LocalDate.of(2026, 12, 10), List.of(moving))).isEqualTo(1001);
    }

    @Test
    @DisplayName("DOC-7 GRP-5 a move undone by a newer registration for the same date moves nobody; a change to group 2 frees the place")
    void DOC7_undone_and_group_two() {
        InsuranceRegistration toB = choice(B, LocalDate.of(2026, 11, 20), "2026-11-10T10:00:00Z");
        Registrations undone = new Registrations(List.of(atAForYears),
                List.of(atAForYears, toB, choice(A, LocalDate.of(2026, 11, 20), "2026-11-11T10:00:00Z")));
        Registrations toGroupTwo = new Registrations(List.of(atAForYears), List.of(atAForYears,
                InsuranceRegistration.groupChange(PERSON, Sikringsgruppe.GROUP_2, LocalDate.of(2026, 11, 15),
                        Instant.parse("2026-11-05T10:00:00Z"), UUID.randomUUID(), null)));

        assertThat(atA.on(TODAY, List.of(undone))).isEqualTo(1500);
        assertThat(atB.on(TODAY, List.of(undone))).isEqualTo(1000);
        assertThat(atA.on(TODAY, List.of(toGroupTwo))).isEqualTo(1499);
    }

    @Test
    @DisplayName("DOC-7 what LUNA already counted is not counted again, also a registration that took effect only after the count")
    void DOC7_nothing_counted_twice() {
        InsuranceRegistration toBLater = choice(B, LocalDate.of(2026, 11, 15), "2026-10-20T10:00:00Z");
        Registrations unchanged = new Registrations(List.of(atAForYears), List.of(atAForYears));
        Registrations tookEffectSince = new Registrations(List.of(atAForYears, toBLater), List.of(atAForYears, toBLater));

        assertThat(atA.on(TODAY, List.of(unchanged))).isEqualTo(1500);
        assertThat(atA.on(TODAY, List.of(tookEffectSince))).isEqualTo(1499);
        assertThat(atB.on(TODAY, List.of(tookEffectSince))).isEqualTo(1001);
        assertThat(new PatientCount(A, 0, COUNTED_ON).on(TODAY, List.of(tookEffectSince))).isZero();
    }

    private static InsuranceRegistration choice(ProviderNumber doctor, LocalDate validFrom, String registeredAt) {
        return InsuranceRegistration.doctorChoice(PERSON, doctor, validFrom, Instant.parse(registeredAt), UUID.randomUUID(), null);
    }
}
