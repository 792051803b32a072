package dk.sygesikring.domain.card;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a report covers (AUD-2), both included, as Danish dates: an order counts on the date it was made in
 * Copenhagen, so a period runs from Danish midnight to Danish midnight, 23 or 25 hours long on the days the clocks
 * change. At most {@value #LONGEST_DAYS} days, a leap year: a longer period is a national extract, not a report.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int LONGEST_DAYS = 366;
    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        problemWith(from, to).ifPresent(problem -> {
            throw new IllegalArgumentException("to " + to + " " + problem);
        });
    }

    /** What is wrong with {@code to}, the end that breaks the rule, in the words the edge answers 400 with. */
    public static Optional<String> problemWith(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.of("must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            return Optional.of("must be at most " + (LONGEST_DAYS - 1) + " days after from: a report covers at most "
                    + LONGEST_DAYS + " days");
        }
        return Optional.empty();
    }

    /** The first instant of {@code from} in Danish time. */
    public Instant start() {
        return from.atStartOfDay(DANISH_TIME).toInstant();
    }

    /** The first instant after the period: Danish midnight after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(DANISH_TIME).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** The ISO 8601 interval of dates, {@code 2026-01-01/2026-12-31}, as the audit log names the period. */
    @Override
    public String toString() {
        return from + "/" + to;
    }
}
