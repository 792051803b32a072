package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dk.sygesikring.application.deadline.DeadlineReachedUseCase;
import jakarta.inject.Provider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

@Factory
class DeadlineSchedulerFactory {

    @Singleton
    @Named(DeadlineTask.NAME)
    OneTimeTask<Void> deadlineTask(Provider<DeadlineReachedUseCase> deadlines) {
        return DeadlineTask.create(deadlines);
    }

    /**
     * Scheduling joins the caller's transaction: this client gets the transaction-aware data source. The dialect is
     * named, not detected: detecting it would open a connection outside any transaction, which that source refuses.
     */
    @Singleton
    @Named(DeadlineTask.NAME)
    SchedulerClient schedulerClient(DataSource transactionAware, @Named(DeadlineTask.NAME) OneTimeTask<Void> task) {
        return SchedulerClient.Builder.create(transactionAware, task)
                .jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
                .build();
    }

    /**
     * The executing scheduler polls on its own connections, outside any transaction, so it gets the plain data source
     * (the transaction-aware one answers "No current connection present" outside a transaction). Its clock is the
     * service's, so tests that move time move deadlines too. It also starts the recurring tasks (INT-1's daily
     * synchronisation of the practitioner register).
     */
    @Singleton
    @Named(DeadlineTask.NAME)
    Scheduler scheduler(DataSource dataSource, DataSourceResolver resolver, @Named(DeadlineTask.NAME) OneTimeTask<Void> task,
                        List<RecurringWork> recurring, Clock clock,
                        @Value("${sygesikring.deadlines.polling-interval:10s}") Duration pollingInterval) {
        return Scheduler.create(resolver.resolve(dataSource), task)
                .startTasks(recurring.stream().map(RecurringWork::task).toList())
                .schedulerName(new SchedulerName.Fixed("sygesikring-" + UUID.randomUUID()))
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
    }
}
