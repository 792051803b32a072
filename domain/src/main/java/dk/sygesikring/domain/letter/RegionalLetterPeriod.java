package dk.sygesikring.domain.letter;

import dk.sygesikring.domain.configuration.Days;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The Danish dates a look-up of regional letters covers (LET-7), both included: a letter counts on the day the region
 * sent it. At most the configured number of days, both ends counted (CFG-1, {@code regionalLetterPeriodMaxDays}), so
 * that one look-up asks LUNA for a bounded stretch of a person's letters.
 */
public record RegionalLetterPeriod(LocalDate from, LocalDate to) {

    public RegionalLetterPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidPeriodException(InvalidPeriodException.End.TO, "must not be before from");
        }
    }

    /** The period from {@code from} to {@code to}, or {@link InvalidPeriodException} naming the end that breaks a rule. */
    public static RegionalLetterPeriod of(LocalDate from, LocalDate to, Days longest) {
        RegionalLetterPeriod period = new RegionalLetterPeriod(from, to);
        if (period.days() > longest.count()) {
            throw new InvalidPeriodException(InvalidPeriodException.End.TO, "must be at most " + (longest.count() - 1)
                    + " days after from: a look-up covers at most " + longest.count() + " days");
        }
        return period;
    }

    /** How many days the period covers, both ends counted: 1 when {@code from} is {@code to}. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The ISO 8601 interval of dates, {@code 2026-01-01/2026-12-31}. */
    @Override
    public String toString() {
        return from + "/" + to;
    }
}
