package dk.sygesikring.domain.access;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.Objects;

/** A caseworker of one municipality (ROLE-2); {@code specialRights} for "sagsbehandler med særlige rettigheder". */
public record Caseworker(String caseworkerId, MunicipalityCode municipality, boolean specialRights) implements Actor {
    public Caseworker {
        Objects.requireNonNull(caseworkerId, "caseworkerId");
        Objects.requireNonNull(municipality, "municipality");
        if (caseworkerId.isBlank()) {
            throw new IllegalArgumentException("a caseworker has an id");
        }
    }
}
