package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.deadline.DeadlineReachedUseCase;
import jakarta.inject.Provider;
import dk.sygesikring.domain.forloeb.ForloebId;

/**
 * The one db-scheduler task behind every forløb deadline. The task instance id is {@code KIND:forloebId}, so a
 * forløb has at most one deadline of each kind, and scheduling it again moves it. A failing run is retried later by
 * db-scheduler; a run whose instance died is picked up again by another (dead-execution handling).
 */
final class DeadlineTask {

    static final String NAME = "forloeb-deadline";

    private DeadlineTask() {
    }

    /** @param deadlines looked up when a deadline falls due: the use cases that set deadlines also need this task */
    static OneTimeTask<Void> create(Provider<DeadlineReachedUseCase> deadlines) {
        return Tasks.oneTime(NAME).execute((instance, context) -> {
            String[] kindAndForloeb = instance.getId().split(":", 2);
            deadlines.get().deadlineReached(Deadline.Kind.valueOf(kindAndForloeb[0]), ForloebId.of(kindAndForloeb[1]));
        });
    }

    static TaskInstance<Void> instance(OneTimeTask<Void> task, Deadline.Kind kind, ForloebId forloebId) {
        return task.instance(kind.name() + ":" + forloebId);
    }
}
