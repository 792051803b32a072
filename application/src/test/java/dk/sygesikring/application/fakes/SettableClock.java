package dk.sygesikring.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a use-case test sets and moves; it stands still in between. */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public SettableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SettableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
