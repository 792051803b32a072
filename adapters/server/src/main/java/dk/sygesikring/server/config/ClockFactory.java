package dk.sygesikring.server.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every rule asks for "today" and "now". Danish dates: deadlines and effective dates are
 * calendar days in Copenhagen. Tests replace this bean to move time.
 */
@Factory
class ClockFactory {

    @Singleton
    Clock clock(@Value("${sygesikring.time-zone:Europe/Copenhagen}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
