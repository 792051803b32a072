package dk.sygesikring.domain.audit;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How long the audit log (AUD-1) keeps its lines and how far ahead its months are made (ADR 0021). The log is kept in
 * months (UTC): a month is dropped once {@code monthsKept} whole months have passed since it ended, so a line is kept at
 * least {@code monthsKept} months and at most one month longer; the current month and {@code monthsAhead} months after
 * it exist before their first line arrives. Every figure comes from configuration; none is decided here.
 *
 * @param monthsKept          whole months a line is kept after its month, more than the extraction window
 * @param monthsAhead         months made ahead of the current one, so a day or weeks without upkeep lose nothing
 * @param extractionWindowMonths how far back AUD-1 extracts: the retention may never cut into it
 */
public record AuditRetention(int monthsKept, int monthsAhead, int extractionWindowMonths) {

    public AuditRetention {
        if (extractionWindowMonths < 1) {
            throw new IllegalArgumentException("the extraction window is at least one month: " + extractionWindowMonths);
        }
        if (monthsKept < extractionWindowMonths) {
            throw new IllegalArgumentException("the audit log is kept at least as long as it is extracted from ("
                    + extractionWindowMonths + " months): " + monthsKept);
        }
        if (monthsAhead < 1) {
            throw new IllegalArgumentException("at least the next month is made ahead: " + monthsAhead);
        }
    }

    /** The month (UTC, the months' boundaries) a line of this moment belongs to. */
    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC));
    }

    /** The oldest month kept while {@code current} is the current month. */
    public YearMonth oldestKept(YearMonth current) {
        return current.minusMonths(monthsKept);
    }

    /**
     * What the upkeep does in {@code current} with the months that {@code existing} holds, and the months of lines
     * that arrived without a partition ({@code waiting}): it makes the current month and those ahead, and the month of
     * every waiting line within the retention (which moves the lines in); it drops every month past the retention,
     * with the waiting lines of such months.
     */
    public Plan plan(YearMonth current, Collection<YearMonth> existing, Collection<YearMonth> waiting) {
        Objects.requireNonNull(current, "current");
        Set<YearMonth> have = new TreeSet<>(existing);
        YearMonth oldest = oldestKept(current);
        YearMonth last = current.plusMonths(monthsAhead);
        Set<YearMonth> create = new TreeSet<>();
        for (YearMonth month = current; !month.isAfter(last); month = month.plusMonths(1)) {
            create.add(month);
        }
        waiting.stream().filter(month -> !month.isBefore(oldest) && !month.isAfter(last)).forEach(create::add);
        create.removeAll(have);
        Set<YearMonth> drop = new TreeSet<>();
        have.stream().filter(month -> month.isBefore(oldest)).forEach(drop::add);
        waiting.stream().filter(month -> month.isBefore(oldest)).forEach(drop::add);
        return new Plan(new ArrayList<>(create), new ArrayList<>(drop));
    }

    /** The months to make, oldest first, and the months past retention to drop, oldest first. */
    public record Plan(List<YearMonth> create, List<YearMonth> drop) {
        public Plan {
            create = List.copyOf(create);
            drop = List.copyOf(drop);
        }
    }
}
