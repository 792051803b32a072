package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * PER-7: the doctor a child under 15 has by default: a custodian's or guardian's, even when that doctor is closed
 * (DOC-3 lets the child choose it). With joint custody and two doctors: the parents choose when both live with the
 * child, or neither does; otherwise it is the doctor of the parent the child lives with. The child may still choose
 * another doctor, with consent, like anyone.
 */
public sealed interface ChildDefaultDoctor {

    /** A custodian or guardian and their current doctor. */
    record Custodian(Person person, ProviderNumber doctor) {
        public Custodian {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(doctor, "doctor");
        }
    }

    record Doctor(ProviderNumber doctor, Person from) implements ChildDefaultDoctor {
    }

    /** Two custodians, two doctors, and nothing to tell them apart: the parents choose. */
    record ParentsChoose(List<ProviderNumber> doctors) implements ChildDefaultDoctor {
        public ParentsChoose {
            doctors = List.copyOf(doctors);
        }
    }

    /** 15 or older, or no custodian with a doctor: no default. */
    record None() implements ChildDefaultDoctor {
    }

    static ChildDefaultDoctor of(Person child, List<Custodian> custodians, LocalDate today) {
        if (!child.isUnderAgeOfOwnChoiceOn(today) || custodians.isEmpty()) {
            return new None();
        }
        List<ProviderNumber> doctors = custodians.stream().map(Custodian::doctor).distinct().toList();
        if (doctors.size() == 1) {
            return new Doctor(doctors.get(0), custodians.get(0).person());
        }
        List<Custodian> livingWithChild = custodians.stream().filter(custodian -> custodian.person().livesWith(child)).toList();
        if (livingWithChild.size() == 1) {
            return new Doctor(livingWithChild.get(0).doctor(), livingWithChild.get(0).person());
        }
        return new ParentsChoose(doctors);
    }
}
