package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ordinary practitioners within the distance limit of a person's address, each with its distance and whether it
 * is open for this person (DOC-2). The choice list shows them; DOC-3 counts the open ones. Special practitioners
 * (island, shelter) are never among them (DOC-1), nor is a practitioner without coordinates.
 *
 * @param personLocated false when the person is inactive in CPR or the address has no coordinates: then nothing is
 *                      near, and that is not the same as "fewer than 2 open doctors nearby"
 */
public record NearbyPractitioners(DistanceLimit limit, boolean personLocated, List<Nearby> practitioners) {

    /** The minimum number of open doctors nearby below which a closed doctor needs no dispensation (DOC-3). */
    public static final int ENOUGH_OPEN_DOCTORS = 2;

    public NearbyPractitioners {
        Objects.requireNonNull(limit, "limit");
        practitioners = List.copyOf(practitioners);
    }

    /**
     * @param candidates the practitioners the caller found near the address (e.g. by a bounding box); filtered here
     *                   by the exact distance. A provider number given twice counts once.
     */
    public static NearbyPractitioners around(Person person, Collection<Practitioner> candidates, Reservations reservations,
                                             DistanceLimit limit) {
        Coordinates home = person.isActive() ? person.address().coordinates() : null;
        if (home == null) {
            return new NearbyPractitioners(limit, false, List.of());
        }
        Set<ProviderNumber> seen = new HashSet<>();
        List<Nearby> within = new ArrayList<>();
        for (Practitioner practitioner : candidates) {
            Coordinates practice = practitioner.address().coordinates();
            if (practitioner.kind().isSpecial() || practice == null || !seen.add(practitioner.providerNumber())) {
                continue;
            }
            double kilometres = home.kilometresTo(practice);
            if (limit.includes(kilometres)) {
                Capacity capacity = Capacity.of(practitioner, reservations.countFor(practitioner.providerNumber()));
                within.add(new Nearby(practitioner, capacity, kilometres,
                        PracticeOpenness.isOpenFor(person, practitioner, capacity)));
            }
        }
        return new NearbyPractitioners(limit, true, within);
    }

    /**
     * DOC-3's first exception; never true for a person we cannot place. Stops at the second open doctor: a choice
     * list asks this for every closed practitioner on it, and a city has hundreds.
     */
    public boolean fewerThanEnoughOpen() {
        return personLocated
                && practitioners.stream().filter(Nearby::openForPerson).limit(ENOUGH_OPEN_DOCTORS).count() < ENOUGH_OPEN_DOCTORS;
    }

    /** @param kilometres the exact great-circle distance from the person's address */
    public record Nearby(Practitioner practitioner, Capacity capacity, double kilometres, boolean openForPerson) {

        public Nearby {
            Objects.requireNonNull(practitioner, "practitioner");
            Objects.requireNonNull(capacity, "capacity");
        }

        /** The distance as the list shows it: kilometres rounded to 0.1, halves up. */
        public double roundedKilometres() {
            return Math.round(kilometres * 10) / 10.0;
        }
    }
}
