package dk.sygesikring.domain.person;

import static dk.sygesikring.domain.person.PersonFixtures.address;
import static dk.sygesikring.domain.person.PersonFixtures.inactive;
import static dk.sygesikring.domain.person.PersonFixtures.person;
import static dk.sygesikring.domain.person.PersonFixtures.protectedPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResidenceTest {

    final Caseworker caseworker = new Caseworker("cw-1", MunicipalityCode.of("101"), false);
    final Person person = person(35, 1, address("a-1"));

    @Test
    void an_address_is_shown_as_one_line() {
        Residence residence = Residence.of(person, caseworker);
        assertThat(residence).isInstanceOf(Residence.Shown.class);
        assertThat(residence.display()).isEqualTo("Nørregade 12, 2. tv, 1165 København K");
    }

    @Test
    @DisplayName("PER-2 protection hides the address from a caseworker and the person still sees it")
    void PER2_protection_hides_the_address_from_a_caseworker_and_the_person_still_sees_it() {
        Person hidden = protectedPerson(person);
        assertThat(Residence.of(hidden, caseworker)).isEqualTo(new Residence.Protected(MunicipalityCode.of("101"), false));
        assertThat(Residence.of(hidden, caseworker).display()).isEqualTo("Navne- og adressebeskyttet");
        assertThat(Residence.of(hidden, new Citizen(hidden.cpr()))).isInstanceOf(Residence.Shown.class);
    }

    @Test
    @DisplayName("PER-3 an inactive person has no known danish address even for themselves")
    void PER3_an_inactive_person_has_no_known_danish_address_even_for_themselves() {
        Person gone = inactive(person);
        assertThat(Residence.of(gone, caseworker).display()).isEqualTo("Ingen kendt dansk adresse");
        assertThat(Residence.of(gone, new Citizen(gone.cpr()))).isInstanceOf(Residence.NoKnownDanishAddress.class);
    }

    @Test
    @DisplayName("PER-4 a supplementary address is flagged")
    void PER4_a_supplementary_address_is_flagged() {
        Person abroad = new Person(person.cpr(), person.name(), CprStatus.ACTIVE, CivilStatus.UNMARRIED, person.address(),
                false, "Calle Mayor 10, Madrid");
        assertThat(Residence.of(abroad, caseworker).hasSupplementaryAddress()).isTrue();
        assertThat(Residence.of(person, caseworker).hasSupplementaryAddress()).isFalse();
    }
}
