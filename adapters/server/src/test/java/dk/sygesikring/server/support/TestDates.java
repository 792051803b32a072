package dk.sygesikring.server.support;

import java.time.Instant;
import java.time.LocalDate;

public final class TestDates {

    /** 22 November 2026, 10:00 in Copenhagen. */
    public static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private TestDates() {
    }

    /** The birth date of someone who is {@code years} old today and had the birthday {@code daysAgo} days ago. */
    public static LocalDate bornYearsAgo(int years, int daysAgo) {
        return TODAY.minusYears(years).minusDays(daysAgo);
    }
}
