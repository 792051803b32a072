package dk.sygesikring.domain.configuration;

import java.time.LocalDate;

/**
 * A configured number of calendar days: a period (8 days to settle consent), a delay (3 days before an A42 card
 * order) or a deadline (14 days for a task). Never negative; at most {@value #MOST} days, ten years, so that a date
 * computed from it always exists.
 */
public record Days(int count) {

    public static final int MOST = 3650;

    public Days {
        if (count < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (count > MOST) {
            throw new IllegalArgumentException("must be at most " + MOST + " days");
        }
    }

    public static Days of(int count) {
        return new Days(count);
    }

    /** The day {@code count} days after {@code day}. */
    public LocalDate after(LocalDate day) {
        return day.plusDays(count);
    }

    /** The day {@code count} days before {@code day}. */
    public LocalDate before(LocalDate day) {
        return day.minusDays(count);
    }
}
