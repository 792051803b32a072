package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.Objects;

/** The person chose, in the card app, to have no physical health card; LUNA holds it (CARD-10). */
public record PhysicalCardOptOut(Cpr cpr, Instant registeredAt) {

    public PhysicalCardOptOut {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
