package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.HOME;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.TODAY;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.aged;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.nameAndAddressProtected;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.practice;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.result.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DoctorChoicePolicyTest {

    final Person married = aged(40, 1, CivilStatus.MARRIED, HOME);
    final Person spouse = aged(41, 2, CivilStatus.MARRIED, HOME);
    final List<Practitioner> twoOpen = List.of(practice("000001", 1, true), practice("000002", 2, true));

    @Test
    @DisplayName("DOC-2 an open practitioner chosen through extended search, beyond the list's limit, is choosable")
    void DOC2_open_beyond_the_list_is_choosable() {
        Practitioner farAway = practice("000040", 40, true);

        assertThat(assess(married, farAway, Reservations.none(), FamilyDoctors.none()))
                .isEqualTo(Outcome.success(Availability.choosable("DOC-2", "the practice is open for new patients")));
    }

    @Test
    @DisplayName("DOC-7 a practitioner with no free place is refused for a choice even where DOC-3 would open it")
    void DOC7_no_free_place_beats_the_spouse_exception() {
        Practitioner closedFull = withNumbers(practice("000003", 3, false), 1600, 1500, 1599);
        FamilyDoctors spouseThere = FamilyDoctors.none().withSpouse(spouse.cpr(), closedFull.providerNumber());

        assertThat(assess(married, closedFull, Reservations.none(), spouseThere))
                .isEqualTo(Outcome.success(Availability.choosable("DOC-3", "the doctor of the spouse")));
        assertThat(assess(married, closedFull, Reservations.of(Map.of(closedFull.providerNumber(), 1)), spouseThere))
                .isEqualTo(Outcome.success(Availability.refused("DOC-7", "the practice has no free capacity")));
    }

    @Test
    @DisplayName("DOC-3 a closed practice between its closing limit and its capacity is open to the spouse, not to others")
    void DOC3_room_between_limit_and_capacity() {
        Practitioner atLimit = withNumbers(practice("000003", 3, true), 1600, 1500, 1550);
        FamilyDoctors spouseThere = FamilyDoctors.none().withSpouse(spouse.cpr(), atLimit.providerNumber());

        assertThat(assess(married, atLimit, Reservations.none(), spouseThere).map(Availability::verdict))
                .isEqualTo(Outcome.success(Verdict.CHOOSABLE));
        assertThat(assess(married, atLimit, Reservations.none(), FamilyDoctors.none()).map(Availability::verdict))
                .isEqualTo(Outcome.success(Verdict.NEEDS_DISPENSATION));
    }

    @Test
    @DisplayName("DOC-3 a choice with a designated partner who cannot be used is refused with the generic partner refusal")
    void DOC3_partner_refused_for_a_choice() {
        Person unmarried = aged(40, 3, CivilStatus.UNMARRIED, HOME);
        FamilyDoctors protectedPartner = FamilyDoctors.none()
                .withDesignatedPartner(nameAndAddressProtected(aged(38, 4, CivilStatus.UNMARRIED, HOME)), List.of(), null);

        assertThat(assess(unmarried, practice("000001", 1, true), Reservations.none(), protectedPartner))
                .isEqualTo(Outcome.refused(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED));
    }

    @Test
    @DisplayName("DOC-3 the practitioners nearby are asked for only when the chosen doctor is closed for the person")
    void DOC3_the_practitioners_nearby_are_asked_for_only_for_a_closed_doctor() {
        List<Boolean> asked = new ArrayList<>();
        Supplier<NearbyPractitioners> nearby = () -> {
            asked.add(true);
            return NearbyPractitioners.around(married, List.of(), Reservations.none(), RulesConfiguration.DISTANCE_LIMIT);
        };

        assertThat(DoctorChoicePolicy.assess(married, practice("000001", 1, true), Reservations.none(), nearby,
                FamilyDoctors.none(), TODAY).map(Availability::verdict)).isEqualTo(Outcome.success(Verdict.CHOOSABLE));
        assertThat(asked).as("open: DOC-2 decides").isEmpty();

        assertThat(DoctorChoicePolicy.assess(married, practice("000003", 3, false), Reservations.none(), nearby,
                FamilyDoctors.none(), TODAY).map(Availability::verdict)).as("no open doctor nearby: DOC-3's first exception")
                .isEqualTo(Outcome.success(Verdict.CHOOSABLE));
        assertThat(asked).as("closed: DOC-3 counts the open doctors nearby").hasSize(1);
    }

    private Outcome<Availability> assess(Person person, Practitioner chosen, Reservations reservations, FamilyDoctors family) {
        NearbyPractitioners nearby = NearbyPractitioners.around(person, twoOpen, reservations, RulesConfiguration.DISTANCE_LIMIT);
        return DoctorChoicePolicy.assess(person, chosen, reservations, () -> nearby, family, TODAY);
    }
}
