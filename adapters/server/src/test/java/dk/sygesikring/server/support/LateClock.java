package dk.sygesikring.server.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The service's test clock for a simulator made before the service exists: it reads the clock the test is given later
 * (an injected {@link MutableClock}), and the system's until then. A simulator that signs with the time (the card
 * supplier's reports) then signs with the service's "now".
 */
public final class LateClock extends Clock {

    private final Supplier<Clock> clock;

    public LateClock(Supplier<Clock> clock) {
        this.clock = clock;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Clock given = clock.get();
        return given == null ? Instant.now() : given.instant();
    }
}
