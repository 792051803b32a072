package dk.sygesikring.server.deadline;

import static dk.sygesikring.server.support.Waiting.await;
import static dk.sygesikring.server.support.Waiting.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.server.support.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Persistent, cluster-safe deadlines (DOC-4's 14 days, DOC-5's 8 days) on db-scheduler in PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineSchedulerTest implements TestPropertyProvider {

    @Inject DeadlinePort deadlines;
    @Inject TransactionPort transactions;
    @Inject RecordingDeadlineHandler handler;
    @Inject MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.deadlines.enabled", "true",
                "sygesikring.deadlines.polling-interval", "1s",
                "test.recording-deadline-handler", "true");
    }

    @Test
    @DisplayName("DOC-4 (the scheduler) a 14-day deadline falls due when the clock reaches it, not before, and runs once")
    void DOC4_a_deadline_falls_due_at_its_time() {
        ForloebId forloeb = new ForloebId(UUID.randomUUID());
        inTransaction(() -> deadlines.schedule(new Deadline(Deadline.Kind.DISPENSATION, forloeb, clock.instant().plus(Duration.ofDays(14)))));

        sleep(Duration.ofMillis(2_500));
        assertThat(handler.reached()).doesNotContain(forloeb);

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        await(() -> handler.reached().contains(forloeb));
        sleep(Duration.ofMillis(400));
        assertThat(handler.reached()).filteredOn(forloeb::equals).hasSize(1);
    }

    @Test
    @DisplayName("FORL-4 (the scheduler) a deadline scheduled in a transaction that rolls back never exists")
    void FORL4_scheduling_joins_the_callers_transaction() {
        ForloebId forloeb = new ForloebId(UUID.randomUUID());
        assertThatThrownBy(() -> inTransaction(() -> {
            deadlines.schedule(new Deadline(Deadline.Kind.DISPENSATION, forloeb, clock.instant()));
            throw new IllegalStateException("the forløb could not be stored");
        })).hasMessage("the forløb could not be stored");

        sleep(Duration.ofMillis(2_500));
        assertThat(handler.reached()).doesNotContain(forloeb);
    }

    @Test
    @DisplayName("DOC-5 (the scheduler) a cancelled deadline does not fall due; scheduling again moves it")
    void DOC5_cancel_and_move() {
        ForloebId cancelled = new ForloebId(UUID.randomUUID());
        ForloebId moved = new ForloebId(UUID.randomUUID());
        inTransaction(() -> {
            deadlines.schedule(new Deadline(Deadline.Kind.DISPENSATION, cancelled, clock.instant().plus(Duration.ofDays(8))));
            deadlines.schedule(new Deadline(Deadline.Kind.DISPENSATION, moved, clock.instant().plus(Duration.ofDays(8))));
        });
        inTransaction(() -> {
            deadlines.cancel(Deadline.Kind.DISPENSATION, cancelled);
            deadlines.schedule(new Deadline(Deadline.Kind.DISPENSATION, moved, clock.instant().plus(Duration.ofDays(30))));
        });

        clock.advance(Duration.ofDays(9));
        sleep(Duration.ofMillis(2_500));
        assertThat(handler.reached()).doesNotContain(cancelled, moved);

        clock.advance(Duration.ofDays(22));
        await(() -> handler.reached().contains(moved));
        assertThat(handler.reached()).doesNotContain(cancelled);
    }

    @Test
    @DisplayName("FORL-4 (the scheduler) two service instances on one database: each deadline runs on one of them, once")
    void FORL4_two_instances_run_each_deadline_once() {
        List<ForloebId> due = Stream.generate(() -> new ForloebId(UUID.randomUUID())).limit(40).toList();
        Map<String, Object> properties = new HashMap<>(getProperties());
        try (ApplicationContext other = ApplicationContext.run(properties, "test")) {
            other.getBean(MutableClock.class).set(clock.instant());
            inTransaction(() -> due.forEach(id -> deadlines.schedule(new Deadline(Deadline.Kind.DISPENSATION, id, clock.instant()))));
            RecordingDeadlineHandler otherHandler = other.getBean(RecordingDeadlineHandler.class);

            await(() -> Stream.concat(handler.reached().stream(), otherHandler.reached().stream()).collect(Collectors.toSet()).containsAll(due));
            sleep(Duration.ofMillis(500));
            List<ForloebId> everywhere = new ArrayList<>(handler.reached());
            everywhere.addAll(otherHandler.reached());
            Map<ForloebId, Long> runs = everywhere.stream().filter(due::contains)
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(runs).hasSize(40);
            assertThat(runs.values()).containsOnly(1L);
        }
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
