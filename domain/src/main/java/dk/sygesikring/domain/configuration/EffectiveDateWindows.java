package dk.sygesikring.domain.configuration;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import java.util.Objects;
import java.util.Optional;

/**
 * The one definition of the date windows of GRP-2 (group changes) and DOC-6 (doctor choices): a group change to 1
 * and its doctor choice are often made together with one date, so both accept the same dates. An administrator has
 * a caseworker's window; the system (automatic assignment, CPR events) has none, because CPR events carry their own
 * dates.
 */
public record EffectiveDateWindows(EffectiveDateWindow citizen, EffectiveDateWindow caseworker,
                                   EffectiveDateWindow specialRights) {

    public EffectiveDateWindows {
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(caseworker, "caseworker");
        Objects.requireNonNull(specialRights, "specialRights");
    }

    /** The actor's window, or empty when the actor is not limited. */
    public Optional<EffectiveDateWindow> of(Actor actor) {
        return switch (actor) {
            case Citizen citizenActor -> Optional.of(citizen);
            case Caseworker caseworkerActor -> Optional.of(caseworkerActor.specialRights() ? specialRights : caseworker);
            case MunicipalAdministrator administrator -> Optional.of(caseworker);
            case SystemActor system -> Optional.empty();
        };
    }
}
