package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;

/**
 * Is a practice open for new patients from this person? (DOC-2, DOC-7) Open when below its closing limit and
 * either open or selectively open for the postcode of the person's address. See {@link Capacity} for why the
 * closing limit overrides both the open flag and selective openness.
 */
public final class PracticeOpenness {

    private PracticeOpenness() {
    }

    public static boolean isOpenFor(Person person, Practitioner practitioner, Capacity capacity) {
        if (capacity.atOrAboveClosingLimit()) {
            return false;
        }
        return practitioner.open()
                || person.address() != null && practitioner.selectivelyOpenPostcodes().contains(person.address().postcode());
    }
}
