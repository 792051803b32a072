package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Gender;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Hands out unique CPR numbers for a birth date and gender. The first serial digit is one that gives the
 * right century (0-3 for 1900-1999, 4-8 for 2000-2036); 9 is never drawn, so it stays free for the
 * hand-placed {@link WellKnown} persons, whose numbers all have a serial number starting with 99.
 */
final class CprNumbers {

    private static final int[] TWENTIETH_CENTURY_DIGITS = {0, 1, 2, 3};
    private static final int[] TWENTY_FIRST_CENTURY_DIGITS = {4, 5, 6, 7, 8};

    private final Random random;
    private final Set<Cpr> issued = new HashSet<>();

    CprNumbers(Random random) {
        this.random = random;
    }

    /** Marks a fixed number as taken; fails if it already is. */
    Cpr reserve(Cpr cpr) {
        if (!issued.add(cpr)) {
            throw new IllegalStateException("CPR number issued twice: " + cpr);
        }
        return cpr;
    }

    Cpr next(LocalDate birthDate, Gender gender) {
        if (birthDate.getYear() < 1900 || birthDate.getYear() > 2036) {
            throw new IllegalArgumentException("the demo population is born 1900-2036: " + birthDate);
        }
        int[] centuryDigits = birthDate.getYear() < 2000 ? TWENTIETH_CENTURY_DIGITS : TWENTY_FIRST_CENTURY_DIGITS;
        String datePart = "%02d%02d%02d".formatted(
                birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100);
        while (true) {
            int centuryDigit = centuryDigits[random.nextInt(centuryDigits.length)];
            int middle = random.nextInt(100);
            int last = 2 * random.nextInt(5) + (gender == Gender.MALE ? 1 : 0);
            Cpr candidate = new Cpr(datePart + centuryDigit + "%02d".formatted(middle) + last);
            if (issued.add(candidate)) {
                return candidate;
            }
        }
    }
}
