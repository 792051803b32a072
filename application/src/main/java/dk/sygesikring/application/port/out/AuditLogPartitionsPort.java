package dk.sygesikring.application.port.out;

import java.time.YearMonth;
import java.util.List;

/** The months the audit log (AUD-1) is kept in (ADR 0021): which exist, making one, dropping one. */
public interface AuditLogPartitionsPort {

    /** The months that have a partition, oldest first. */
    List<YearMonth> months();

    /** Makes the month's partition, if it has none, with the lines kept for it meanwhile; in a transaction of its own. */
    void create(YearMonth month);

    /** Detaches and drops the month's partition and every line of that month; in a transaction of its own. */
    void drop(YearMonth month);

    /** The months of the lines that arrived for a month without a partition, oldest first. */
    List<YearMonth> monthsOfLinesWithoutMonth();

    /** Lines that arrived for a month without a partition and wait, kept, for their month to be made. */
    long linesWithoutMonth();
}
