package dk.sygesikring.domain.forloeb;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import java.util.Objects;

/**
 * Who started a forløb or changed it (FORL-1, DOC-11): a caseworker (by id), a citizen in self-service (by CPR
 * number) or the system (by the name of the process).
 */
public record Creator(Kind kind, String id) {

    public enum Kind { CASEWORKER, CITIZEN, SYSTEM }

    public Creator {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Creator of(Actor actor) {
        return switch (actor) {
            case Caseworker caseworker -> new Creator(Kind.CASEWORKER, caseworker.caseworkerId());
            case MunicipalAdministrator administrator -> new Creator(Kind.CASEWORKER, administrator.administratorId());
            case Citizen citizen -> new Creator(Kind.CITIZEN, citizen.cpr().value());
            case SystemActor system -> new Creator(Kind.SYSTEM, system.name());
        };
    }

    public static Creator system(String process) {
        return new Creator(Kind.SYSTEM, process);
    }
}
