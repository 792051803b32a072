package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.doctorchoice.NearbyPractitioners.Nearby;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which doctor does the system assign? (DOC-14) The nearest doctor open for the person with a free place, within
 * the distance limit of the address and in the person's own municipality; DOC-15: at immigration, too, never a
 * doctor of another municipality. Empty when there is none: a caseworker must find one.
 */
public final class AutomaticAssignmentPolicy {

    private AutomaticAssignmentPolicy() {
    }

    public static Optional<Practitioner> nearestOpen(Person person, NearbyPractitioners nearby) {
        if (!person.isActive() || !nearby.personLocated()) {
            return Optional.empty();
        }
        return nearby.practitioners().stream()
                .filter(Nearby::openForPerson)
                .filter(candidate -> candidate.capacity().hasFreePlace())
                .filter(candidate -> candidate.practitioner().municipalityCode().equals(person.address().municipalityCode()))
                .min(Comparator.comparingDouble(Nearby::kilometres)
                        .thenComparing(candidate -> candidate.practitioner().providerNumber().value()))
                .map(Nearby::practitioner);
    }
}
