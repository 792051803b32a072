package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Map;

/** The places this system's pending doctor choices hold, per practitioner (DOC-7); a practitioner not named holds none. */
public record Reservations(Map<ProviderNumber, Integer> byPractitioner) {

    public Reservations {
        byPractitioner = Map.copyOf(byPractitioner);
        if (byPractitioner.values().stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("a number of reservations is never negative");
        }
    }

    public static Reservations none() {
        return new Reservations(Map.of());
    }

    public static Reservations of(Map<ProviderNumber, Integer> byPractitioner) {
        return new Reservations(byPractitioner);
    }

    public int countFor(ProviderNumber providerNumber) {
        return byPractitioner.getOrDefault(providerNumber, 0);
    }
}
