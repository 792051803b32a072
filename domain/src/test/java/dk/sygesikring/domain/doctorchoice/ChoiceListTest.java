package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.HOME;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.TODAY;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.address;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.aged;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.inactive;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.ofKind;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.practice;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.selectivelyOpenFor;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.withNumbers;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.withoutCoordinates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.doctorchoice.ChoiceList.Listed;
import dk.sygesikring.domain.doctorchoice.ChoiceList.NotListed;
import dk.sygesikring.domain.doctorchoice.ChoiceList.WhyNotListed;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChoiceListTest {

    final Person person = aged(40, 1, CivilStatus.UNMARRIED, HOME);

    @Test
    @DisplayName("DOC-2 a practitioner exactly at the 15 km limit is listed, one metre beyond it is not")
    void DOC2_exactly_at_the_limit_is_within() {
        ChoiceList list = listOf(person, practice("000015", 15.0, true), practice("000016", 15.001, true));

        assertThat(providerNumbers(list)).containsExactly("000015");
        assertThat(list.entries().getFirst().distanceKilometres()).isEqualTo(15.0);
    }

    @Test
    @DisplayName("DOC-2 the distance limit is configuration: with 5 km a practice 7 km away is not listed")
    void DOC2_the_limit_is_configuration() {
        List<Practitioner> candidates = List.of(practice("000003", 3, true), practice("000007", 7, true));

        ChoiceList withFive = success(ChoiceList.of(person, candidates, Reservations.none(), new DistanceLimit(5),
                FamilyDoctors.none(), TODAY));

        assertThat(providerNumbers(withFive)).containsExactly("000003");
        assertThat(providerNumbers(listOf(person, candidates.toArray(Practitioner[]::new)))).containsExactly("000003", "000007");
    }

    @Test
    @DisplayName("DOC-2 the distance is shown in kilometres rounded to 0.1")
    void DOC2_distance_rounded_to_a_tenth() {
        ChoiceList list = listOf(person, practice("000001", 3.24, true), practice("000002", 3.26, true),
                practice("000003", 14.96, true));

        assertThat(list.entries()).extracting(ChoiceListEntry::distanceKilometres).containsExactly(3.2, 3.3, 15.0);
    }

    @Test
    @DisplayName("DOC-1 special practitioners (island, shelter) are never on a personal choice list, however near and open")
    void DOC1_special_practitioners_never_listed() {
        ChoiceList list = listOf(person, ofKind(practice("000001", 1, true), PractitionerKind.ISLAND),
                ofKind(practice("000002", 1, true), PractitionerKind.SHELTER), practice("000003", 2, true));

        assertThat(providerNumbers(list)).containsExactly("000003");
    }

    @Test
    @DisplayName("DOC-2 a practitioner without coordinates is not listed")
    void DOC2_practitioner_without_coordinates_not_listed() {
        ChoiceList list = listOf(person, withoutCoordinates(practice("000001", 1, true)), practice("000002", 2, true));

        assertThat(providerNumbers(list)).containsExactly("000002");
    }

    @Test
    @DisplayName("DOC-2 a person inactive in CPR gets no list, and the answer says why")
    void DOC2_inactive_person_gets_no_list() {
        ChoiceList list = listOf(inactive(person), practice("000001", 1, true));

        assertThat(list).isEqualTo(new NotListed(person.cpr(), WhyNotListed.INACTIVE_IN_CPR));
        assertThat(list.entries()).isEmpty();
        assertThat(WhyNotListed.INACTIVE_IN_CPR.explained()).startsWith("DOC-2: ");
    }

    @Test
    @DisplayName("DOC-2 a person whose address has no coordinates gets no list, and the answer says why")
    void DOC2_address_without_coordinates_gets_no_list() {
        Person unplaced = DoctorChoiceFixtures.livingAt(person, address("home", "7700", null));

        ChoiceList list = listOf(unplaced, practice("000001", 1, true));

        assertThat(list).isInstanceOfSatisfying(NotListed.class,
                notListed -> assertThat(notListed.why()).isEqualTo(WhyNotListed.ADDRESS_WITHOUT_COORDINATES));
        assertThat(list.entries()).isEmpty();
    }

    @Test
    @DisplayName("DOC-2 nothing within the limit is a list without entries, not a missing list")
    void DOC2_nothing_near_is_an_empty_list() {
        assertThat(listOf(person, practice("000001", 40, true))).isInstanceOfSatisfying(Listed.class,
                listed -> assertThat(listed.entries()).isEmpty());
    }

    @Test
    @DisplayName("DOC-2 open practitioners first, then by distance as shown, then by provider number")
    void DOC2_order() {
        ChoiceList list = listOf(person,
                practice("000009", 1, false),
                practice("000008", 6, true),
                practice("000007", 4.02, true),
                practice("000005", 4.04, true),  // shown as 4.0 km like 000007: the provider number decides
                practice("000006", 9, true));

        assertThat(providerNumbers(list)).containsExactly("000005", "000007", "000008", "000006", "000009");
    }

    @Test
    @DisplayName("DOC-2 a closed practitioner selectively open for the person's postcode shows as open and choosable")
    void DOC2_selectively_open_counts_as_open() {
        Practitioner forThisted = selectivelyOpenFor(practice("000001", 2, false), "7700");
        Practitioner forElsewhere = selectivelyOpenFor(practice("000002", 3, false), "7790");

        ChoiceList list = listOf(person, forThisted, forElsewhere, practice("000003", 4, true));

        assertThat(list.entries()).extracting(e -> e.practitioner().providerNumber().value(), ChoiceListEntry::openForPerson,
                e -> e.availability().verdict()).containsExactly(
                tuple("000001", true, Verdict.CHOOSABLE),
                tuple("000003", true, Verdict.CHOOSABLE),
                tuple("000002", false, Verdict.NEEDS_DISPENSATION));
    }

    @Test
    @DisplayName("DOC-2 a practice closed because it reached its closing limit, selectively open for the person's postcode, shows as open and choosable until its capacity is full")
    void DOC2_selectively_open_at_the_closing_limit() {
        // as the register has them: a practice closes for new patients when it reaches its closing limit
        Practitioner atLimit = selectivelyOpenFor(withNumbers(practice("000001", 2, false), 1500, 1350, 1352), "7700");
        Practitioner full = selectivelyOpenFor(withNumbers(practice("000002", 3, false), 1500, 1350, 1500), "7700");
        Practitioner forElsewhere = selectivelyOpenFor(withNumbers(practice("000003", 4, false), 1500, 1350, 1352), "7790");

        ChoiceList list = listOf(person, atLimit, full, forElsewhere, practice("000004", 5, true));

        assertThat(list.entries()).extracting(e -> e.practitioner().providerNumber().value(), ChoiceListEntry::openForPerson,
                e -> e.availability().verdict(), e -> e.availability().rule()).containsExactly(
                tuple("000001", true, Verdict.CHOOSABLE, "DOC-2"),
                tuple("000004", true, Verdict.CHOOSABLE, "DOC-2"),
                tuple("000002", false, Verdict.REFUSED, "DOC-7"),
                tuple("000003", false, Verdict.NEEDS_DISPENSATION, "DOC-3"));
    }

    @Test
    @DisplayName("DOC-2 an entry does not reveal which postcodes a practitioner is selectively open for")
    void DOC2_entry_does_not_reveal_postcodes() {
        Practitioner selective = selectivelyOpenFor(practice("000001", 2, false), "7700", "7741", "7752");

        ChoiceListEntry entry = listOf(person, selective).entries().getFirst();

        assertThat(Arrays.stream(ListedPractitioner.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("providerNumber", "practiceName", "address", "municipalityCode");
        assertThat(entry.toString()).doesNotContain("7741").doesNotContain("7752");
        assertThat(entry.availability().explained()).doesNotContain("7700");
    }

    @Test
    @DisplayName("DOC-2 each entry carries the explained answer: open, closed, no capacity")
    void DOC2_explained_answers() {
        Practitioner full = withNumbers(practice("000003", 3, false), 1600, 1500, 1600);

        ChoiceList list = listOf(person, practice("000001", 1, true), practice("000002", 2, true),
                practice("000004", 4, false), full);

        assertThat(list.entries()).extracting(e -> e.practitioner().providerNumber().value(), e -> e.availability().explained())
                .containsExactly(
                        tuple("000001", "DOC-2: the practice is open for new patients"),
                        tuple("000002", "DOC-2: the practice is open for new patients"),
                        tuple("000003", "DOC-7: the practice has no free capacity"),
                        tuple("000004", "DOC-3: the practice is closed for new patients"));
        assertThat(list.entries().get(2).availability().verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(list.entries().get(3).availability().verdict()).isEqualTo(Verdict.NEEDS_DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 on the list a closed practitioner is choosable when fewer than 2 open doctors are within 15 km")
    void DOC3_closed_choosable_when_fewer_than_two_open() {
        ChoiceList list = listOf(person, practice("000001", 1, true), practice("000002", 2, false),
                practice("000003", 20, true));

        assertThat(list.entries().get(1).availability())
                .isEqualTo(Availability.choosable("DOC-3", "fewer than 2 open doctors within 15 km"));
    }

    @Test
    @DisplayName("DOC-7 pending reservations take free places: the last place reserved leaves the practice refused")
    void DOC7_reservations_count_in_the_list() {
        Practitioner almostFull = withNumbers(practice("000001", 1, false), 1600, 1500, 1599);
        Reservations oneReserved = Reservations.of(Map.of(ProviderNumber.of("000001"), 1));

        ChoiceList withoutReservation = listOf(person, almostFull);
        ChoiceList withReservation = success(ChoiceList.of(person, List.of(almostFull), oneReserved, RulesConfiguration.DISTANCE_LIMIT,
                FamilyDoctors.none(), TODAY));

        assertThat(withoutReservation.entries().getFirst().availability().verdict()).isNotEqualTo(Verdict.REFUSED);
        assertThat(withReservation.entries().getFirst().availability().explained()).isEqualTo("DOC-7: the practice has no free capacity");
    }

    @Test
    @DisplayName("DOC-3 a designated partner who cannot be used refuses the list with the generic partner refusal")
    void DOC3_unusable_partner_refuses_the_list() {
        Person elsewhere = aged(40, 2, CivilStatus.UNMARRIED, address("elsewhere", "7700", HOME.coordinates()));
        FamilyDoctors family = FamilyDoctors.none().withDesignatedPartner(elsewhere, List.of(), ProviderNumber.of("000001"));

        Outcome<ChoiceList> outcome = ChoiceList.of(person, List.of(practice("000001", 1, false)), Reservations.none(),
                RulesConfiguration.DISTANCE_LIMIT, family, TODAY);

        assertThat(outcome).isEqualTo(Outcome.refused(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED));
    }

    @Test
    @DisplayName("DOC-2 a practitioner passed twice is listed once")
    void DOC2_listed_once() {
        Practitioner practice = practice("000001", 1, true);

        assertThat(providerNumbers(listOf(person, practice, practice))).containsExactly("000001");
    }

    private static ChoiceList listOf(Person person, Practitioner... candidates) {
        return success(ChoiceList.of(person, List.of(candidates), Reservations.none(), RulesConfiguration.DISTANCE_LIMIT,
                FamilyDoctors.none(), TODAY));
    }

    private static ChoiceList success(Outcome<ChoiceList> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<ChoiceList>) outcome).value();
    }

    private static List<String> providerNumbers(ChoiceList list) {
        return list.entries().stream().map(entry -> entry.practitioner().providerNumber().value()).toList();
    }
}
