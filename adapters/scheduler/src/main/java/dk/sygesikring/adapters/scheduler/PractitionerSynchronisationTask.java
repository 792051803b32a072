package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.sygesikring.application.practitioner.SynchronisePractitionersUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * INT-1: the daily synchronisation of the practitioner register with LUNA, at {@code sygesikring.practitioner-sync.daily-at}
 * (default 03:00) Danish time. db-scheduler keeps the next execution in PostgreSQL and hands it to one instance; a run
 * whose instance dies is revived on another. A failed run is recorded by the use case; the next one is the next day.
 */
@Singleton
@Requires(property = "sygesikring.practitioner-sync.enabled", notEquals = "false")
class PractitionerSynchronisationTask implements RecurringWork {

    static final String NAME = "practitioner-synchronisation";

    private final RecurringTask<Void> task;

    PractitionerSynchronisationTask(Provider<SynchronisePractitionersUseCase> synchronisation,
                                    @Value("${sygesikring.practitioner-sync.daily-at:03:00}") String dailyAt,
                                    @Value("${sygesikring.time-zone:Europe/Copenhagen}") String zone) {
        this.task = Tasks.recurring(NAME, Schedules.daily(ZoneId.of(zone), LocalTime.parse(dailyAt)))
                .execute((instance, context) -> synchronisation.get().synchroniseScheduled());
    }

    @Override
    public RecurringTask<Void> task() {
        return task;
    }
}
