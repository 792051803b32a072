package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Schedules deadlines through a db-scheduler client on Micronaut's transaction-aware data source: the row is written
 * in the caller's transaction (db-scheduler leaves commit to the caller when auto-commit is off), so a deadline exists
 * exactly when its forløb does.
 */
@Singleton
class DeadlineSchedulerAdapter implements DeadlinePort {

    private final SchedulerClient client;
    private final OneTimeTask<Void> task;

    DeadlineSchedulerAdapter(@Named(DeadlineTask.NAME) SchedulerClient client, @Named(DeadlineTask.NAME) OneTimeTask<Void> task) {
        this.client = client;
        this.task = task;
    }

    @Override
    public void schedule(Deadline deadline) {
        var instance = DeadlineTask.instance(task, deadline.kind(), deadline.forloebId());
        if (!client.scheduleIfNotExists(instance, deadline.dueAt())) {
            client.reschedule(instance, deadline.dueAt());
        }
    }

    @Override
    public void cancel(Deadline.Kind kind, ForloebId forloebId) {
        var instance = DeadlineTask.instance(task, kind, forloebId);
        if (client.getScheduledExecution(instance).isPresent()) {
            client.cancel(instance);
        }
    }
}
