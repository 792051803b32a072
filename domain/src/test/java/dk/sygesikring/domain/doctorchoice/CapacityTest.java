package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.HOME;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.aged;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.practice;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.selectivelyOpenFor;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CapacityTest {

    final Person person = aged(40, 1, CivilStatus.UNMARRIED, HOME);

    @Test
    @DisplayName("DOC-7 registered patients and reserved places together are the load; a place is free below the capacity")
    void DOC7_load_and_free_place() {
        Capacity capacity = new Capacity(1600, 1500, 1200, 150);

        assertThat(capacity.load()).isEqualTo(1350);
        assertThat(capacity.hasFreePlace()).isTrue();
        assertThat(Capacity.of(withNumbers(practice("000001", 1, true), 1600, 1500, 1200), 150)).isEqualTo(capacity);
    }

    @Test
    @DisplayName("DOC-7 every reservation takes a place: with one place left it is free, with that one reserved none is, nor when the register holds more than the capacity")
    void DOC7_the_last_place() {
        assertThat(new Capacity(10, 8, 8, 1).hasFreePlace()).isTrue();
        assertThat(new Capacity(10, 8, 8, 2).hasFreePlace()).isFalse();
        assertThat(new Capacity(1600, 1500, 1700, 0).hasFreePlace()).isFalse();
    }

    @Test
    @DisplayName("DOC-7 at the closing limit a practice is closed, one below it is not; reservations count towards the limit")
    void DOC7_closing_limit_boundary() {
        assertThat(new Capacity(1600, 1500, 1499, 0).atOrAboveClosingLimit()).isFalse();
        assertThat(new Capacity(1600, 1500, 1500, 0).atOrAboveClosingLimit()).isTrue();
        assertThat(new Capacity(1600, 1500, 1499, 1).atOrAboveClosingLimit()).isTrue();
    }

    @Test
    @DisplayName("DOC-7 a practice at its closing limit counts as closed although its open flag says open; reservations count towards the limit")
    void DOC7_closing_limit_overrides_the_open_flag() {
        Practitioner openAtLimit = withNumbers(practice("000001", 1, true), 1600, 1500, 1500);
        Practitioner openBelowLimit = withNumbers(practice("000003", 1, true), 1600, 1500, 1499);

        assertThat(PracticeOpenness.isOpenFor(person, openAtLimit, Capacity.of(openAtLimit, 0))).isFalse();
        assertThat(PracticeOpenness.isOpenFor(person, openBelowLimit, Capacity.of(openBelowLimit, 0))).isTrue();
        assertThat(PracticeOpenness.isOpenFor(person, openBelowLimit, Capacity.of(openBelowLimit, 1))).isFalse();
    }

    @Test
    @DisplayName("DOC-2 DOC-7 selective openness is an exception from the closing limit, not from the capacity: open for the listed postcode while a place is free")
    void DOC2_DOC7_selective_openness_up_to_the_capacity() {
        Practitioner selectiveAtLimit = selectivelyOpenFor(withNumbers(practice("000002", 1, false), 1600, 1500, 1500), "7700");
        Practitioner selectiveElsewhere = selectivelyOpenFor(withNumbers(practice("000004", 1, false), 1600, 1500, 1400), "7790");

        assertThat(PracticeOpenness.isOpenFor(person, selectiveAtLimit, Capacity.of(selectiveAtLimit, 0))).isTrue();
        assertThat(PracticeOpenness.isOpenFor(person, selectiveAtLimit, Capacity.of(selectiveAtLimit, 99))).isTrue();
        assertThat(PracticeOpenness.isOpenFor(person, selectiveAtLimit, Capacity.of(selectiveAtLimit, 100))).isFalse();
        assertThat(PracticeOpenness.isOpenFor(person, selectiveElsewhere, Capacity.of(selectiveElsewhere, 0))).isFalse();
    }

    @Test
    @DisplayName("DOC-7 the closing limit never exceeds the capacity and no number is negative")
    void DOC7_invariants() {
        assertThatThrownBy(() -> new Capacity(10, 11, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Capacity(10, 8, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
