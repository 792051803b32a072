package dk.sygesikring.domain.configuration;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.util.Optional;

/**
 * Who may read and change which configuration (CFG-3, ROLE-2, ADR 0015):
 * <ul>
 *   <li>the global configuration holds for all 98 municipalities, so no municipality changes it: the national
 *       operator does, through its integration (SYSTEM); every administrator, caseworker and the system reads it;</li>
 *   <li>a municipality's local configuration is changed by an administrator of that municipality only, and read by
 *       its administrators and caseworkers and by the system;</li>
 *   <li>the change audit is read by the system (all of it) and by an administrator (the global changes and those
 *       of their own municipality).</li>
 * </ul>
 */
public final class ConfigurationAccessPolicy {

    public static final Refusal GLOBAL_BY_SYSTEM_ONLY = Refusal.forbidden("global-configuration-by-system-only", "CFG-3",
            "The global configuration holds for all 98 municipalities: only the national operator (SYSTEM) changes it");
    public static final Refusal NOT_READABLE = Refusal.forbidden("configuration-not-readable", "CFG-3",
            "Configuration is read by administrators, caseworkers and the system");

    private ConfigurationAccessPolicy() {
    }

    public static Optional<Refusal> mayReadGlobal(Actor reader) {
        return reader instanceof Citizen ? Optional.of(NOT_READABLE) : Optional.empty();
    }

    public static Optional<Refusal> mayChangeGlobal(Actor actor) {
        return actor instanceof SystemActor ? Optional.empty() : Optional.of(GLOBAL_BY_SYSTEM_ONLY);
    }

    public static Optional<Refusal> mayReadLocal(Actor reader, MunicipalityCode municipality) {
        return switch (reader) {
            case SystemActor system -> Optional.empty();
            case MunicipalAdministrator administrator -> ownMunicipality(administrator.municipality(), municipality);
            case Caseworker caseworker -> ownMunicipality(caseworker.municipality(), municipality);
            case Citizen citizen -> Optional.of(NOT_READABLE);
        };
    }

    public static Optional<Refusal> mayChangeLocal(Actor actor, MunicipalityCode municipality) {
        if (actor instanceof MunicipalAdministrator administrator && administrator.municipality().equals(municipality)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.forbidden("local-configuration-by-own-administrator-only", "CFG-3",
                "Only an administrator of municipality " + municipality.value() + " changes its local configuration"));
    }

    /**
     * Whose local changes the reader may see in the change audit: every municipality's (empty) or one's own; the
     * global changes are visible to every reader admitted. {@code asked} narrows to one municipality.
     */
    public static Outcome<Optional<MunicipalityCode>> localChangesVisibleTo(Actor reader, Optional<MunicipalityCode> asked) {
        return switch (reader) {
            case SystemActor system -> Outcome.success(asked);
            case MunicipalAdministrator administrator -> asked.filter(code -> !code.equals(administrator.municipality()))
                    .map(other -> Outcome.<Optional<MunicipalityCode>>refused(otherMunicipality(other)))
                    .orElseGet(() -> Outcome.success(Optional.of(administrator.municipality())));
            case Caseworker caseworker -> Outcome.refused(Refusal.forbidden("configuration-changes-for-administrators",
                    "CFG-3", "The changes of the configuration are read by administrators and the system"));
            case Citizen citizen -> Outcome.refused(NOT_READABLE);
        };
    }

    private static Optional<Refusal> ownMunicipality(MunicipalityCode own, MunicipalityCode asked) {
        return own.equals(asked) ? Optional.empty() : Optional.of(otherMunicipality(asked));
    }

    private static Refusal otherMunicipality(MunicipalityCode asked) {
        return Refusal.forbidden("configuration-of-another-municipality", "ROLE-2",
                "The local configuration of municipality " + asked.value() + " is for its own administrators and caseworkers");
    }
}
