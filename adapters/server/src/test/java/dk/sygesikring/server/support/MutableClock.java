package dk.sygesikring.server.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock tests can set and move, so every date rule is testable without waiting. Between moves it ticks with real
 * time, as a real clock does: libraries that wait by the clock (db-scheduler's poller) keep running. Like the
 * service's clock it ticks in microseconds, the precision PostgreSQL keeps.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant setTo;
    private volatile long setAtNanos;

    public MutableClock(Instant now, ZoneId zone) {
        this.zone = zone;
        set(now);
    }

    public synchronized void set(Instant instant) {
        setTo = instant;
        setAtNanos = System.nanoTime();
    }

    public synchronized void advance(Duration duration) {
        set(instant().plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(instant(), newZone);
    }

    @Override
    public Instant instant() {
        return setTo.plusNanos(System.nanoTime() - setAtNanos).truncatedTo(ChronoUnit.MICROS);
    }
}
