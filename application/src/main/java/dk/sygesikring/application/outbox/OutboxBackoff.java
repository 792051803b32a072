package dk.sygesikring.application.outbox;

import java.time.Duration;

/**
 * How long an outbox message waits after its external system was unavailable: 2 s, 4 s, 8 s, ... up to 5 minutes.
 * The adapter's own retries and circuit breaker sit inside each attempt; this spaces the attempts of a long outage.
 */
public final class OutboxBackoff {

    private static final Duration FIRST = Duration.ofSeconds(2);
    /** Also the wait after a defect: long enough not to flood the log, short enough to notice a fix. */
    public static final Duration LONGEST = Duration.ofMinutes(5);

    private OutboxBackoff() {
    }

    public static Duration after(int attemptsSoFar) {
        long seconds = FIRST.toSeconds() << Math.min(attemptsSoFar, 16);
        return seconds >= LONGEST.toSeconds() ? LONGEST : Duration.ofSeconds(seconds);
    }
}
