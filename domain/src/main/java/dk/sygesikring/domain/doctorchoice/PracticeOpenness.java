package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;

/**
 * Is a practice open for new patients from this person? (DOC-2, DOC-7)
 * <ul>
 *   <li>Open (the register's flag) and below its closing limit: open. See {@link Capacity} for why the closing limit
 *       overrides the flag.</li>
 *   <li>Selectively open for the postcode of the person's address: open while it has a free place. A practice closes
 *       for new patients when it reaches its closing limit (lukkegrænse); selective openness is the exception the
 *       practice makes from exactly that for the listed postcodes, so for those only the capacity counts. The register
 *       gives selective openness to closed practices, which are at or above their closing limit.</li>
 * </ul>
 */
public final class PracticeOpenness {

    private PracticeOpenness() {
    }

    public static boolean isOpenFor(Person person, Practitioner practitioner, Capacity capacity) {
        if (selectivelyOpenFor(person, practitioner)) {
            return capacity.hasFreePlace();
        }
        return practitioner.open() && !capacity.atOrAboveClosingLimit();
    }

    private static boolean selectivelyOpenFor(Person person, Practitioner practitioner) {
        return person.address() != null && practitioner.selectivelyOpenPostcodes().contains(person.address().postcode());
    }
}
