package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;

/**
 * Runs the scheduler on every instance of the service while it is up: the deadlines of forløb and the recurring tasks
 * (INT-1's daily synchronisation of the practitioner register). db-scheduler picks each due execution on one instance
 * only, and revives those of an instance that died while running them.
 */
@Context
@Requires(property = "sygesikring.deadlines.enabled", notEquals = "false")
class DeadlineSchedulerLifecycle {

    private final Scheduler scheduler;

    DeadlineSchedulerLifecycle(@Named(DeadlineTask.NAME) Scheduler scheduler) {
        this.scheduler = scheduler;
        scheduler.start();
    }

    @PreDestroy
    void stop() {
        scheduler.stop();
    }
}
