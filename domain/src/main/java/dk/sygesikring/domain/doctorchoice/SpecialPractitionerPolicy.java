package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.result.Refusal;
import java.util.Optional;

/**
 * Who may assign a special practitioner (DOC-1): the island doctor ("Bosat på ø uden læge") only a caseworker with
 * special rights; a shelter doctor only a caseworker, since such doctors are found only through the extended search
 * that citizens do not have.
 */
public final class SpecialPractitionerPolicy {

    public static final Refusal ISLAND_DOCTOR_NEEDS_SPECIAL_RIGHTS = Refusal.forbidden("island-doctor-needs-special-rights",
            "DOC-1", "Only a caseworker with special rights can assign the island doctor");
    public static final Refusal SHELTER_DOCTOR_BY_CASEWORKER = Refusal.forbidden("shelter-doctor-by-caseworker",
            "DOC-1", "Only a caseworker can assign a doctor attached to a homeless shelter");

    private SpecialPractitionerPolicy() {
    }

    public static Optional<Refusal> mayAssign(Actor actor, Practitioner practitioner) {
        return switch (practitioner.kind()) {
            case REGULAR -> Optional.empty();
            case ISLAND -> actor instanceof Caseworker caseworker && caseworker.specialRights()
                    ? Optional.empty() : Optional.of(ISLAND_DOCTOR_NEEDS_SPECIAL_RIGHTS);
            case SHELTER -> actor instanceof Caseworker ? Optional.empty() : Optional.of(SHELTER_DOCTOR_BY_CASEWORKER);
        };
    }
}
