package dk.sygesikring.adapters.nets;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The tests' clock, as the server's ClockFactory provides the real one: 22 November 2026 10:00 in Copenhagen. */
@Factory
class TestClockFactory {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
    }
}
