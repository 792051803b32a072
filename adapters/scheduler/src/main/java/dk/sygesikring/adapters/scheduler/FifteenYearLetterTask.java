package dk.sygesikring.adapters.scheduler;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.sygesikring.application.letter.fifteen.SendFifteenYearLettersUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * DOC-17: the daily run of the 15-year letters at {@code sygesikring.fifteen-year-letters.daily-at} (default 01:30)
 * Danish time, for the Danish day it runs on (ADR 0033). db-scheduler keeps the next execution in PostgreSQL and hands
 * it to one instance; a run whose instance dies is revived on another. The run itself sends each letter once and
 * looks back the configured catch-up days, so a revived, repeated or missed run neither sends twice nor loses a letter.
 */
@Singleton
@Requires(property = "sygesikring.fifteen-year-letters.enabled", notEquals = "false")
class FifteenYearLetterTask implements RecurringWork {

    static final String NAME = "fifteen-year-letters";

    private final RecurringTask<Void> task;

    FifteenYearLetterTask(Provider<SendFifteenYearLettersUseCase> letters, Clock clock,
                          @Value("${sygesikring.fifteen-year-letters.daily-at:01:30}") String dailyAt,
                          @Value("${sygesikring.time-zone:Europe/Copenhagen}") String zone) {
        ZoneId danish = ZoneId.of(zone);
        this.task = Tasks.recurring(NAME, Schedules.daily(danish, LocalTime.parse(dailyAt)))
                .execute((instance, context) -> letters.get().sendDue(LocalDate.ofInstant(clock.instant(), danish)));
    }

    @Override
    public RecurringTask<Void> task() {
        return task;
    }
}
