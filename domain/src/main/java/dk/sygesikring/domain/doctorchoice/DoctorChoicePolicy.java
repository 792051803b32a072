package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Can this person choose this practitioner, and why? The one answer the choice list shows per entry and a choice
 * made from the list or from an extended search gets:
 * no free place: REFUSED (DOC-7); open for the person: CHOOSABLE (DOC-2); closed: as {@link ClosedDoctorPolicy}
 * decides (DOC-3). Who may choose a special practitioner (DOC-1) is decided where the chooser is known.
 */
public final class DoctorChoicePolicy {

    static final String OPEN = "the practice is open for new patients";
    static final String NO_FREE_CAPACITY = "the practice has no free capacity";

    private DoctorChoicePolicy() {
    }

    /**
     * @param nearby the practitioners near the person's address, for DOC-3's count of open doctors (the chosen one
     *               need not be among them); asked for only when the chosen doctor is closed for the person, since
     *               finding them, with their patients counted, is most of a choice's cost
     */
    public static Outcome<Availability> assess(Person person, Practitioner chosen, Reservations reservations,
                                               Supplier<NearbyPractitioners> nearby, FamilyDoctors family, LocalDate today) {
        Optional<Refusal> partnerRefusal = ClosedDoctorPolicy.partnerRefusal(person, family, today);
        if (partnerRefusal.isPresent()) {
            return Outcome.refused(partnerRefusal.get());
        }
        Capacity capacity = Capacity.of(chosen, reservations.countFor(chosen.providerNumber()));
        return Outcome.success(availability(person, chosen, capacity,
                PracticeOpenness.isOpenFor(person, chosen, capacity), nearby, family, today));
    }

    /** The answer with the partner already checked. */
    static Availability availability(Person person, Practitioner chosen, Capacity capacity, boolean openForPerson,
                                     Supplier<NearbyPractitioners> nearby, FamilyDoctors family, LocalDate today) {
        if (!capacity.hasFreePlace()) {
            return Availability.refused("DOC-7", NO_FREE_CAPACITY);
        }
        if (openForPerson) {
            return Availability.choosable("DOC-2", OPEN);
        }
        return ClosedDoctorPolicy.availabilityOfClosed(person, chosen.providerNumber(), nearby.get(), family, today);
    }
}
