package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.THISTED;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpecialPractitionerPolicyTest {

    final Practitioner island = DoctorChoiceFixtures.ofKind(DoctorChoiceFixtures.practice("900001", 3, true), PractitionerKind.ISLAND);
    final Practitioner shelter = DoctorChoiceFixtures.ofKind(DoctorChoiceFixtures.practice("900002", 3, true), PractitionerKind.SHELTER);
    final Practitioner regular = DoctorChoiceFixtures.practice("900003", 3, true);
    final Caseworker caseworker = new Caseworker("cw-1", THISTED, false);
    final Caseworker special = new Caseworker("cw-2", THISTED, true);
    final Citizen citizen = new Citizen(Cpr.of("0101801231"));

    @Test
    @DisplayName("DOC-1 only a caseworker with special rights assigns the island doctor")
    void island_doctor() {
        assertThat(SpecialPractitionerPolicy.mayAssign(special, island)).isEmpty();
        assertThat(SpecialPractitionerPolicy.mayAssign(caseworker, island)).contains(SpecialPractitionerPolicy.ISLAND_DOCTOR_NEEDS_SPECIAL_RIGHTS);
        assertThat(SpecialPractitionerPolicy.mayAssign(citizen, island)).contains(SpecialPractitionerPolicy.ISLAND_DOCTOR_NEEDS_SPECIAL_RIGHTS);
    }

    @Test
    @DisplayName("DOC-1 a shelter doctor is assigned by caseworkers, not chosen in self-service; regular doctors by anyone")
    void shelter_doctor() {
        assertThat(SpecialPractitionerPolicy.mayAssign(caseworker, shelter)).isEmpty();
        assertThat(SpecialPractitionerPolicy.mayAssign(citizen, shelter)).contains(SpecialPractitionerPolicy.SHELTER_DOCTOR_BY_CASEWORKER);
        assertThat(SpecialPractitionerPolicy.mayAssign(citizen, regular)).isEmpty();
    }
}
