package dk.sygesikring.domain.access;

/**
 * Who acts (ROLE-1): a citizen in self-service, a caseworker (sagsbehandler, possibly with special
 * rights), a municipal administrator, or the system itself. There is no read-only role.
 */
public sealed interface Actor permits Citizen, Caseworker, MunicipalAdministrator, SystemActor {

    /** Caseworkers and administrators: their use is recorded in the audit log (AUD-1). */
    default boolean isAudited() {
        return this instanceof Caseworker || this instanceof MunicipalAdministrator;
    }
}
