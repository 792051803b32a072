package dk.sygesikring.domain.access;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.Objects;

/** An administrator of one municipality (ROLE-2, CFG-3, AUD-1). */
public record MunicipalAdministrator(String administratorId, MunicipalityCode municipality) implements Actor {
    public MunicipalAdministrator {
        Objects.requireNonNull(administratorId, "administratorId");
        Objects.requireNonNull(municipality, "municipality");
    }
}
