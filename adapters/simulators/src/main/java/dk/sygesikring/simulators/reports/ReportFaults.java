package dk.sygesikring.simulators.reports;

import java.time.Duration;
import java.util.Objects;

/**
 * What can go wrong with a simulated supplier's reports (the card supplier's, the print supplier's), for the service's
 * tests of its report endpoints: each report delivered {@code repeat} times (each copy until acknowledged), pending
 * reports sent in random order, ignoring the order of one order's or letter's reports ({@code shuffle}), and each copy
 * held back {@code delay} before its first attempt. Untouched by {@code /simulator/fault}, which is about the
 * supplier's own API. {@link #NONE}: once, in order, at once.
 */
public record ReportFaults(int repeat, boolean shuffle, Duration delay) {

    static final int MOST_REPEATS = 100;
    public static final ReportFaults NONE = new ReportFaults(1, false, Duration.ZERO);

    public ReportFaults {
        Objects.requireNonNull(delay, "delay");
        if (repeat < 1 || repeat > MOST_REPEATS) {
            throw new IllegalArgumentException("repeat is between 1 and " + MOST_REPEATS + ": " + repeat);
        }
        if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("a delay is between 0 and 600000 ms: " + delay.toMillis());
        }
    }
}
