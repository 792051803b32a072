package dk.sygesikring.application.audit;

import java.time.YearMonth;
import java.util.List;

/** What one upkeep of the audit log did: the months made and dropped, and the lines still waiting for a month. */
public record AuditLogUpkeep(List<YearMonth> created, List<YearMonth> dropped, long linesWithoutMonth) {

    public AuditLogUpkeep {
        created = List.copyOf(created);
        dropped = List.copyOf(dropped);
    }
}
