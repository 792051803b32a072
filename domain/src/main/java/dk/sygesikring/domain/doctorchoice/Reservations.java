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

    /** These reservations and {@code places} more at one practitioner (the persons of a choice being assessed). */
    public Reservations plus(ProviderNumber providerNumber, int places) {
        java.util.HashMap<ProviderNumber, Integer> more = new java.util.HashMap<>(byPractitioner);
        more.merge(providerNumber, places, Integer::sum);
        return new Reservations(more);
    }

    public int countFor(ProviderNumber providerNumber) {
        return byPractitioner.getOrDefault(providerNumber, 0);
    }
}
