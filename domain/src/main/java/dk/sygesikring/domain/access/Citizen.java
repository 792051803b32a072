package dk.sygesikring.domain.access;

import dk.sygesikring.domain.person.Cpr;
import java.util.Objects;

/** A citizen logged in to self-service, identified by their own CPR number. */
public record Citizen(Cpr cpr) implements Actor {
    public Citizen {
        Objects.requireNonNull(cpr, "cpr");
    }
}
