package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.HOME;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.TODAY;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.address;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.aged;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.kilometresNorthOfHome;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.doctorchoice.ChildDefaultDoctor.Custodian;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChildDefaultDoctorTest {

    static final ProviderNumber MOTHERS = ProviderNumber.of("200001");
    static final ProviderNumber FATHERS = ProviderNumber.of("200002");
    final Address elsewhere = address("elsewhere", "7700", kilometresNorthOfHome(3));
    final Person child = aged(8, 10, CivilStatus.UNMARRIED, HOME);
    final Person mother = aged(38, 11, CivilStatus.UNMARRIED, HOME);
    final Person fatherAtHome = aged(40, 12, CivilStatus.UNMARRIED, HOME);
    final Person fatherElsewhere = aged(40, 13, CivilStatus.UNMARRIED, elsewhere);

    @Test
    @DisplayName("PER-7 a child under 15 has the custodian's doctor by default")
    void PER7_the_custodians_doctor() {
        assertThat(ChildDefaultDoctor.of(child, List.of(new Custodian(mother, MOTHERS)), TODAY))
                .isEqualTo(new ChildDefaultDoctor.Doctor(MOTHERS, mother));
    }

    @Test
    @DisplayName("PER-7 joint custody, same address, different doctors: the parents choose")
    void PER7_parents_choose() {
        assertThat(ChildDefaultDoctor.of(child, List.of(new Custodian(mother, MOTHERS), new Custodian(fatherAtHome, FATHERS)), TODAY))
                .isEqualTo(new ChildDefaultDoctor.ParentsChoose(List.of(MOTHERS, FATHERS)));
    }

    @Test
    @DisplayName("PER-7 joint custody, different addresses: the doctor of the parent where the child is registered")
    void PER7_where_the_child_lives() {
        assertThat(ChildDefaultDoctor.of(child, List.of(new Custodian(fatherElsewhere, FATHERS), new Custodian(mother, MOTHERS)), TODAY))
                .isEqualTo(new ChildDefaultDoctor.Doctor(MOTHERS, mother));
    }

    @Test
    @DisplayName("PER-7 from 15 the person chooses for themselves: no default")
    void PER7_not_from_15() {
        Person fifteen = aged(15, 14, CivilStatus.UNMARRIED, HOME);
        assertThat(ChildDefaultDoctor.of(fifteen, List.of(new Custodian(mother, MOTHERS)), TODAY)).isEqualTo(new ChildDefaultDoctor.None());
    }
}
