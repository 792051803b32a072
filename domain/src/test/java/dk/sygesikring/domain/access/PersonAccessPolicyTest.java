package dk.sygesikring.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonAccessPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Address HOME = new Address("Nørregade", "12", null, null, "1165", "København K", "4912",
            MunicipalityCode.of("101"), "home", null);

    final Cpr parent = Cpr.of("0101861232");
    final Person childOf14 = person("0101134231");
    final Person childTurning15Today = person("2211114231");
    final Person adult = person("0101901231");

    @Test
    @DisplayName("ROLE-3 a custodian acts for a child under 15 and not from the 15th birthday")
    void ROLE3_a_custodian_acts_for_a_child_under_15_and_not_from_the_15th_birthday() {
        Citizen citizen = new Citizen(parent);
        Person justUnder = person("2311114231"); // turns 15 tomorrow
        assertThat(PersonAccessPolicy.mayRead(citizen, justUnder, List.of(Relation.custody(parent, justUnder.cpr())), TODAY)).isEmpty();
        assertThat(PersonAccessPolicy.mayRead(citizen, childTurning15Today,
                List.of(Relation.custody(parent, childTurning15Today.cpr())), TODAY))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo("ROLE-3"));
    }

    @Test
    @DisplayName("ROLE-4 a guardian acts for the person under guardianship whatever the age")
    void ROLE4_a_guardian_acts_for_the_person_under_guardianship_whatever_the_age() {
        assertThat(PersonAccessPolicy.mayRead(new Citizen(parent), adult, List.of(Relation.guardianship(parent, adult.cpr())), TODAY)).isEmpty();
    }

    @Test
    @DisplayName("ROLE-4 a citizen cannot act for a spouse or a co resident")
    void ROLE4_a_citizen_cannot_act_for_a_spouse_or_a_co_resident() {
        assertThat(PersonAccessPolicy.mayRead(new Citizen(parent), adult, List.of(Relation.spouses(parent, adult.cpr())), TODAY))
                .contains(PersonAccessPolicy.NOT_YOUR_PERSON);
        assertThat(PersonAccessPolicy.mayRead(new Citizen(parent), childOf14, List.of(), TODAY))
                .contains(PersonAccessPolicy.NOT_YOUR_PERSON);
    }

    @Test
    @DisplayName("ROLE-3 custody held by someone else gives no right")
    void ROLE3_custody_held_by_someone_else_gives_no_right() {
        Cpr otherParent = Cpr.of("0101871232");
        assertThat(PersonAccessPolicy.mayRead(new Citizen(parent), childOf14, List.of(Relation.custody(otherParent, childOf14.cpr())), TODAY))
                .isPresent();
    }

    @Test
    @DisplayName("ROLE-2 caseworkers and administrators of any municipality may read any person")
    void ROLE2_caseworkers_and_administrators_of_any_municipality_may_read_any_person() {
        assertThat(PersonAccessPolicy.mayRead(new Caseworker("cw-1", MunicipalityCode.of("851"), false), adult, List.of(), TODAY)).isEmpty();
        assertThat(PersonAccessPolicy.mayRead(new MunicipalAdministrator("adm-1", MunicipalityCode.of("461")), adult, List.of(), TODAY)).isEmpty();
    }

    private static Person person(String cpr) {
        return new Person(Cpr.of(cpr), "P " + cpr, CprStatus.ACTIVE, CivilStatus.UNMARRIED, HOME, false, null);
    }
}
