package dk.sygesikring.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ClockFactoryTest {

    @Test
    void the_service_clock_keeps_microseconds_as_postgresql_does() {
        Clock clock = new ClockFactory().clock("Europe/Copenhagen");
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        for (int i = 0; i < 1000; i++) {
            Instant now = clock.instant();
            assertThat(now).isEqualTo(now.truncatedTo(ChronoUnit.MICROS));
        }
    }
}
