package dk.sygesikring.simulators.nets;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults of the Nets simulator's webhooks, for tests of a receiver that must cope with what Nets allows itself:
 * an event delivered more than once, events out of order, events late. Separate from {@code /simulator/fault},
 * which touches the API and never the webhooks.
 *
 * @param repeat  how many times each event is sent, every copy with the same event id and each retried until
 *                acknowledged on its own
 * @param shuffle events due together are delivered in random order; events made within {@code delay} of the first
 *                of them are due together
 * @param delay   how long an event waits before its first attempt
 */
public record WebhookFaults(int repeat, boolean shuffle, Duration delay) {

    static final int MOST_COPIES = 20;
    static final Duration LONGEST_DELAY = Duration.ofMinutes(10);

    /** Each event once, in the order made, at once. */
    public static final WebhookFaults NONE = new WebhookFaults(1, false, Duration.ZERO);

    public WebhookFaults {
        Objects.requireNonNull(delay, "delay");
        if (repeat < 1 || repeat > MOST_COPIES) {
            throw new IllegalArgumentException("repeat is between 1 and " + MOST_COPIES + ": " + repeat);
        }
        if (delay.isNegative() || delay.compareTo(LONGEST_DELAY) > 0) {
            throw new IllegalArgumentException("a delay is between 0 and " + LONGEST_DELAY.toMillis() + " ms: " + delay);
        }
    }
}
