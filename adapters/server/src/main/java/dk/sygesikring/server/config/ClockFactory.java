package dk.sygesikring.server.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The clock every rule asks for "today" and "now". Danish dates: deadlines and effective dates are
 * calendar days in Copenhagen. It ticks in microseconds, the precision PostgreSQL keeps, so a time a write answers
 * with is the time it stored (ADR 0017). Tests replace this bean to move time.
 */
@Factory
class ClockFactory {

    @Singleton
    Clock clock(@Value("${sygesikring.time-zone:Europe/Copenhagen}") String zone) {
        return Clock.tick(Clock.system(ZoneId.of(zone)), Duration.of(1, ChronoUnit.MICROS));
    }
}
