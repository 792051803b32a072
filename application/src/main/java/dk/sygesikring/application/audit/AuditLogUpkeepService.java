package dk.sygesikring.application.audit;

import dk.sygesikring.application.port.out.AuditLogPartitionsPort;
import dk.sygesikring.domain.audit.AuditRetention;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;

/**
 * Makes the current month of the audit log and the configured months ahead, then drops the months past the configured
 * retention ({@link AuditRetention}): making comes first, so a failure while dropping never leaves a line without its
 * month. Lines that arrived for a month without a partition are kept by the database and moved into their month when
 * it is made; while any wait, every upkeep says so in the log.
 */
@Singleton
public class AuditLogUpkeepService implements KeepAuditLogUseCase {

    private static final System.Logger LOG = System.getLogger(AuditLogUpkeepService.class.getName());

    private final AuditLogPartitionsPort partitions;
    private final AuditRetention retention;
    private final Clock clock;

    public AuditLogUpkeepService(AuditLogPartitionsPort partitions, AuditRetention retention, Clock clock) {
        this.partitions = partitions;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public AuditLogUpkeep keepUp() {
        YearMonth current = AuditRetention.monthOf(clock.instant());
        AuditRetention.Plan plan = retention.plan(current, partitions.months(), partitions.monthsOfLinesWithoutMonth());
        plan.create().forEach(partitions::create);
        plan.drop().forEach(partitions::drop);
        long waiting = partitions.linesWithoutMonth();
        if (waiting > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} audit lines wait in audit_log_default for a month without a partition;"
                    + " they are kept and move into their month when it is made (ADR 0021)", waiting);
        }
        if (!plan.create().isEmpty() || !plan.drop().isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Audit log months made: {0}; dropped past the retention of {1} months: {2}",
                    plan.create(), retention.monthsKept(), plan.drop());
        }
        return new AuditLogUpkeep(plan.create(), plan.drop(), waiting);
    }
}
