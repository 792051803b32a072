package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.sygesikring.application.audit.KeepAuditLogUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * AUD-1 at scale (ADR 0021): the daily upkeep of the audit log's months at {@code sygesikring.audit.upkeep-daily-at}
 * (default 02:30) Danish time, on one instance (db-scheduler, as INT-1's synchronisation, ADR 0018). A failed run is
 * retried by db-scheduler; the months made ahead leave weeks before a line would wait for its month.
 */
@Singleton
@Requires(property = "sygesikring.audit.upkeep-enabled", notEquals = "false")
class AuditLogUpkeepTask implements RecurringWork {

    static final String NAME = "audit-log-upkeep";

    private final RecurringTask<Void> task;

    AuditLogUpkeepTask(Provider<KeepAuditLogUseCase> upkeep,
                       @Value("${sygesikring.audit.upkeep-daily-at:02:30}") String dailyAt,
                       @Value("${sygesikring.time-zone:Europe/Copenhagen}") String zone) {
        this.task = Tasks.recurring(NAME, Schedules.daily(ZoneId.of(zone), LocalTime.parse(dailyAt)))
                .execute((instance, context) -> upkeep.get().keepUp());
    }

    @Override
    public RecurringTask<Void> task() {
        return task;
    }
}
