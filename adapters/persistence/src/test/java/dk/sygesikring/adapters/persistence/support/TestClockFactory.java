package dk.sygesikring.adapters.persistence.support;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The clock the server module provides in the service: here, the time in Copenhagen. */
@Factory
class TestClockFactory {

    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Copenhagen"));
    }
}
