package dk.sygesikring.domain.audit;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log (AUD-1): who read or changed which person or forløb, and when.
 *
 * @param subjectType "PERSON", "FORLOEB" or "MUNICIPALITY"
 * @param subjectId   the CPR number, the forløb id, or the kommunekode and what of it was read
 */
public record AuditEntry(Instant occurredAt, String actorRole, String actorId, MunicipalityCode municipality,
                         AuditAction action, String subjectType, String subjectId) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    /** The entry for an audited actor's use of a person; only caseworkers and administrators are audited. */
    public static AuditEntry personUse(Actor actor, AuditAction action, String cpr, Instant at) {
        return of(actor, action, "PERSON", cpr, at);
    }

    /** The entry for an audited actor's use of a forløb. */
    public static AuditEntry forloebUse(Actor actor, AuditAction action, String forloebId, Instant at) {
        return of(actor, action, "FORLOEB", forloebId, at);
    }

    /**
     * The entry for an audited actor's read of a municipality's report, e.g. {@code 430 2026-01-01/2026-12-31}
     * (AUD-2): one line for the report rather than one per person it shows, who are known
     * from it (ADR 0027).
     */
    public static AuditEntry municipalityUse(Actor actor, AuditAction action, String subjectId, Instant at) {
        return of(actor, action, "MUNICIPALITY", subjectId, at);
    }

    private static AuditEntry of(Actor actor, AuditAction action, String subjectType, String subjectId, Instant at) {
        return switch (actor) {
            case Caseworker caseworker -> new AuditEntry(at,
                    caseworker.specialRights() ? "CASEWORKER_SPECIAL" : "CASEWORKER",
                    caseworker.caseworkerId(), caseworker.municipality(), action, subjectType, subjectId);
            case MunicipalAdministrator administrator -> new AuditEntry(at, "MUNICIPAL_ADMIN",
                    administrator.administratorId(), administrator.municipality(), action, subjectType, subjectId);
            default -> throw new IllegalArgumentException("only caseworkers and administrators are audited: " + actor);
        };
    }
}
