package dk.sygesikring.domain.municipality;

import java.util.Objects;

/** A Danish municipality (kommune). */
public record Municipality(MunicipalityCode code, String name) {
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
