package dk.sygesikring.domain.forloeb;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.util.Optional;

/**
 * Which municipality a new forløb belongs to (ROLE-2): the caseworker's own when a caseworker starts it, otherwise
 * the municipality the person lives in (for moves, DOC-8, the new address: the caller passes that address's person).
 */
public final class ForloebOwnership {

    public static final Refusal NO_MUNICIPALITY = Refusal.unprocessable("no-municipality-for-forloeb", "ROLE-2",
            "The person has no Danish address, so no municipality can own the forløb; a caseworker must start it");

    private ForloebOwnership() {
    }

    public static Optional<MunicipalityCode> municipalityFor(Actor starter, Person person) {
        return switch (starter) {
            case Caseworker caseworker -> Optional.of(caseworker.municipality());
            case MunicipalAdministrator administrator -> Optional.of(administrator.municipality());
            default -> person.isActive() ? Optional.of(person.address().municipalityCode()) : Optional.empty();
        };
    }

    /** The same, refused when no municipality can own it. */
    public static Outcome<MunicipalityCode> owner(Actor starter, Person person) {
        return Outcome.present(municipalityFor(starter, person), NO_MUNICIPALITY);
    }

    /** May this actor see all of the forløb, or only that it exists (type, status, municipality)? (ROLE-2) */
    public static boolean seesDetails(Actor reader, Forloeb forloeb) {
        return switch (reader) {
            case Caseworker caseworker -> caseworker.municipality().equals(forloeb.municipality());
            case MunicipalAdministrator administrator -> administrator.municipality().equals(forloeb.municipality());
            default -> true; // citizens and the system: access to the person decides
        };
    }
}
