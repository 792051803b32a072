package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/** A recurring db-scheduler task the scheduler starts: db-scheduler runs each due execution on one instance only. */
interface RecurringWork {

    RecurringTask<Void> task();
}
