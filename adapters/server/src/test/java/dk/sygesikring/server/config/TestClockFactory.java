package dk.sygesikring.server.config;

import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.TestDates;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** In tests "now" is {@link TestDates#NOW} until a test moves it. */
@Factory
@Requires(env = Environment.TEST)
class TestClockFactory {

    @Singleton
    @Replaces(value = Clock.class, factory = ClockFactory.class)
    MutableClock clock() {
        return new MutableClock(TestDates.NOW, ZoneId.of("Europe/Copenhagen"));
    }
}
