package dk.sygesikring.server.support;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Gender;
import java.time.LocalDate;

/**
 * Valid CPR numbers for a chosen birth date. {@code series} (0-99) keeps test classes apart: they
 * share one database, so each class uses its own series.
 */
public final class TestCprs {

    private TestCprs() {
    }

    public static Cpr cpr(LocalDate birthDate, int series, Gender gender) {
        int year = birthDate.getYear();
        char centuryDigit;
        if (year >= 2000 && year <= 2036) {
            centuryDigit = '4';
        } else if (year >= 1900 && year <= 1999) {
            centuryDigit = '1';
        } else {
            throw new IllegalArgumentException("test CPRs cover births 1900-2036: " + birthDate);
        }
        if (series < 0 || series > 99) {
            throw new IllegalArgumentException("series is 0-99: " + series);
        }
        int last = gender == Gender.MALE ? 1 : 2;
        String value = String.format("%02d%02d%02d%c%02d%d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                year % 100, centuryDigit, series, last);
        return Cpr.of(value);
    }
}
