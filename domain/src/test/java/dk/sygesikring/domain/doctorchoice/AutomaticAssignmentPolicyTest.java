package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.HOME;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.aged;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.practice;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AutomaticAssignmentPolicyTest {

    final Person person = aged(40, 1, CivilStatus.UNMARRIED, HOME);
    final DistanceLimit limit = RulesConfiguration.DISTANCE_LIMIT;

    @Test
    @DisplayName("DOC-14 the nearest doctor open for the person with a free place is assigned")
    void DOC14_nearest_open_with_a_free_place() {
        Practitioner closedNearest = practice("100001", 1, false);
        Practitioner fullNext = withNumbers(practice("100002", 2, true), 1000, 900, 1000);
        Practitioner openFurther = practice("100003", 5, true);
        Practitioner openFurthest = practice("100004", 9, true);

        assertThat(AutomaticAssignmentPolicy.nearestOpen(person, NearbyPractitioners.around(person,
                List.of(openFurthest, closedNearest, fullNext, openFurther), Reservations.none(), limit)))
                .contains(openFurther);
    }

    @Test
    @DisplayName("DOC-14 no open doctor within the limit: nothing is assigned, a caseworker must act")
    void DOC14_none_found() {
        assertThat(AutomaticAssignmentPolicy.nearestOpen(person, NearbyPractitioners.around(person,
                List.of(practice("100001", 1, false), practice("100005", 20, true)), Reservations.none(), limit))).isEmpty();
    }

    @Test
    @DisplayName("DOC-15 a doctor of another municipality is never assigned, however near")
    void DOC15_not_from_another_municipality() {
        Practitioner nearButElsewhere = inMunicipality(practice("100006", 1, true), "773");
        Practitioner furtherAtHome = practice("100007", 6, true);

        assertThat(AutomaticAssignmentPolicy.nearestOpen(person, NearbyPractitioners.around(person,
                List.of(nearButElsewhere, furtherAtHome), Reservations.none(), limit))).contains(furtherAtHome);
        assertThat(AutomaticAssignmentPolicy.nearestOpen(person, NearbyPractitioners.around(person,
                List.of(nearButElsewhere), Reservations.none(), limit))).isEmpty();
    }

    private static Practitioner inMunicipality(Practitioner p, String code) {
        return new Practitioner(p.providerNumber(), p.practiceName(), p.address(), MunicipalityCode.of(code), p.kind(),
                p.open(), p.capacity(), p.closingLimit(), p.registeredPatients(), p.selectivelyOpenPostcodes());
    }
}
