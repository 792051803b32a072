package dk.sygesikring.simulators.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A fault injected for demos of the resilience rules (INT-5): answer every request to the simulated system with an
 * error status, answer late, or both. {@link #NONE} answers normally.
 */
record Fault(Optional<Integer> status, Duration delay) {

    static final Duration LONGEST_DELAY = Duration.ofMinutes(10);
    static final Fault NONE = new Fault(Optional.empty(), Duration.ZERO);

    Fault {
        status.ifPresent(code -> {
            if (code < 400 || code > 599) {
                throw new IllegalArgumentException("a simulated fault answers with an error status 400-599: " + code);
            }
        });
        if (delay.isNegative() || delay.compareTo(LONGEST_DELAY) > 0) {
            throw new IllegalArgumentException("a delay is between 0 and " + LONGEST_DELAY.toMillis() + " ms: " + delay);
        }
    }

    static Fault of(SimulatorJson.FaultJson json) {
        return new Fault(Optional.ofNullable(json.status()),
                Duration.ofMillis(json.delayMillis() == null ? 0 : json.delayMillis()));
    }

    SimulatorJson.FaultJson toJson() {
        return new SimulatorJson.FaultJson(status.orElse(null), delay.isZero() ? null : delay.toMillis());
    }
}
