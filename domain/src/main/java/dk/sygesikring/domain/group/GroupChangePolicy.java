package dk.sygesikring.domain.group;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.configuration.EffectiveDateWindows;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * May this actor change this person's group to this group from this date?
 * GRP-1: an active person may go to 1, 2, 4, 5 or 6; an inactive person to 7, 8 or 9.
 * GRP-2: the effective date lies within the actor's window, from the global configuration (the same windows as
 * DOC-6 uses for doctor choices; the system has none: CPR events carry their own dates).
 * ROLE-5: in self-service a citizen changes between 1 and 2 only.
 * GRP-3: a caseworker may always change a group, also overriding the citizen's own choice (no extra check).
 */
public final class GroupChangePolicy {

    private GroupChangePolicy() {
    }

    /** Empty when allowed; {@code current} is the group in force today, or null when none is registered. */
    public static Optional<Refusal> mayChange(Actor actor, Person person, Sikringsgruppe current, Sikringsgruppe target,
                                              LocalDate validFrom, LocalDate today, EffectiveDateWindows windows) {
        if (person.isActive() != target.isForActivePersons()) {
            return Optional.of(Refusal.unprocessable("group-not-allowed-for-cpr-status", "GRP-1",
                    "A person " + (person.isActive() ? "active" : "inactive") + " in CPR can be moved to group "
                            + (person.isActive() ? "1, 2, 4, 5 or 6" : "7, 8 or 9") + ", not " + target.number()));
        }
        if (actor instanceof Citizen && !(isOneOrTwo(target) && (current == null || isOneOrTwo(current)))) {
            return Optional.of(Refusal.forbidden("citizen-group-change-between-1-and-2-only", "ROLE-5",
                    "In self-service a citizen changes between group 1 and group 2 only"));
        }
        return windows.of(actor)
                .filter(window -> !window.contains(validFrom, today))
                .map(window -> Refusal.unprocessable("effective-date-outside-window", "GRP-2",
                        "The effective date must lie " + window.describe(today)));
    }

    private static boolean isOneOrTwo(Sikringsgruppe group) {
        return group == Sikringsgruppe.GROUP_1 || group == Sikringsgruppe.GROUP_2;
    }
}
