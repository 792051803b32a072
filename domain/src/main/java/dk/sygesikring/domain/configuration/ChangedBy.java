package dk.sygesikring.domain.configuration;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import java.util.Objects;

/**
 * Who changed a setting (CFG-3): the role they acted in and their id (an administrator's id, the integration's name
 * from its token for SYSTEM).
 */
public record ChangedBy(String role, String id) {

    public ChangedBy {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
    }

    public static ChangedBy of(Actor actor) {
        return switch (actor) {
            case MunicipalAdministrator administrator -> new ChangedBy("MUNICIPAL_ADMIN", administrator.administratorId());
            case SystemActor system -> new ChangedBy("SYSTEM", system.name());
            case Caseworker caseworker -> new ChangedBy(caseworker.specialRights() ? "CASEWORKER_SPECIAL" : "CASEWORKER",
                    caseworker.caseworkerId());
            case Citizen citizen -> new ChangedBy("CITIZEN", citizen.cpr().value());
        };
    }
}
