package dk.sygesikring.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

/** Waiting in tests for what the service does in the background: the scheduler's runs, the outbox worker. */
public final class Waiting {

    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private Waiting() {
    }

    /** Until {@code condition} holds, looking every 50 ms; fails after 30 s. */
    public static void await(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            sleep(Duration.ofMillis(50));
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
