package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.practitioner.Practitioner;

/**
 * A practitioner's places as this system sees them (DOC-7): the register's capacity, closing limit and registered
 * patients, plus the places reserved by this system's pending choices (a choice reserves a place at once and
 * releases it if it is not approved).
 *
 * <p>Reservations count against the closing limit as well as against the capacity, and a practice at or above its
 * closing limit counts as closed even when the register's open flag says open. The flag is what the practice last
 * announced and reaches us only when the register is next read; our own pending choices are not in it at all. The
 * closing limit is the number at which the practice closes for new patients, so counting the load against it
 * keeps two persons from both taking the last "open" place below the limit, with no dispensation asked. A practice
 * selectively open for some postcodes is the exception: for those it takes new patients beyond its closing limit, up
 * to its capacity ({@link PracticeOpenness}).
 */
public record Capacity(int capacity, int closingLimit, int registeredPatients, int reserved) {

    public Capacity {
        if (capacity < 0 || closingLimit < 0 || registeredPatients < 0 || reserved < 0) {
            throw new IllegalArgumentException("capacity, closing limit, registered patients and reservations are never negative");
        }
        if (closingLimit > capacity) {
            throw new IllegalArgumentException("the closing limit cannot exceed the capacity");
        }
    }

    public static Capacity of(Practitioner practitioner, int reserved) {
        return new Capacity(practitioner.capacity(), practitioner.closingLimit(), practitioner.registeredPatients(), reserved);
    }

    /** Registered patients and reserved places together. */
    public int load() {
        return registeredPatients + reserved;
    }

    /** A place is free while registered and reserved together are below the capacity (the register may hold more). */
    public boolean hasFreePlace() {
        return load() < capacity;
    }

    /** At or above the closing limit the practice is closed for new patients, whatever its open flag says. */
    public boolean atOrAboveClosingLimit() {
        return load() >= closingLimit;
    }
}
