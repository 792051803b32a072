package dk.sygesikring.simulators.nets;

import java.time.Duration;
import java.util.Objects;

/**
 * How patiently the Nets simulator delivers a webhook the receiver did not acknowledge with 200: the wait before
 * the second attempt, doubled after each failure up to {@code longest}, and retried for as long as the simulator
 * runs. Nets itself waits far longer between attempts; the simulator's waits are short so that a test sees
 * the retries.
 */
public record WebhookRetries(Duration first, Duration longest) {

    public static final WebhookRetries DEFAULT = new WebhookRetries(Duration.ofMillis(100), Duration.ofSeconds(5));

    public WebhookRetries {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("0 < first <= longest: " + first + ", " + longest);
        }
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
