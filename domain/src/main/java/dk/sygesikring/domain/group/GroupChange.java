package dk.sygesikring.domain.group;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of one person's insurance group from a date (GRP-1..GRP-5), or the change to group 1 that a move from
 * Greenland brings (DOC-9): one per GROUP_CHANGE forløb. Its state is its own; the forløb's details only record
 * what was asked, for the caseworker (FORL-1).
 */
public record GroupChange(ForloebId forloebId, Cpr cpr, Sikringsgruppe group, LocalDate validFrom, GroupChangeState state) {

    public GroupChange {
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(state, "state");
    }

    /** A change just asked for, on its way to LUNA. */
    public static GroupChange requested(ForloebId forloebId, Cpr cpr, Sikringsgruppe group, LocalDate validFrom, Instant at) {
        return new GroupChange(forloebId, cpr, group, validFrom, new GroupChangeState.AwaitingLuna(at));
    }

    public boolean isOnItsWay() {
        return state instanceof GroupChangeState.AwaitingLuna;
    }

    /**
     * GRP-6: this change, still on its way, puts the person in group 1 on {@code day}: it takes effect by then, and not
     * before the registration in force that day ({@code registeredFrom}), which would otherwise outrank it.
     */
    public boolean bringsGroupOneOn(LocalDate day, LocalDate registeredFrom) {
        return isOnItsWay() && group == Sikringsgruppe.GROUP_1
                && !validFrom.isAfter(day) && !validFrom.isBefore(registeredFrom);
    }

    /** LUNA confirmed it. A repeated confirmation changes nothing. */
    public GroupChange registeredInLuna(Instant at) {
        return isOnItsWay() ? with(new GroupChangeState.Registered(at)) : this;
    }

    /** LUNA refused it; its answer is final. */
    public GroupChange refusedByLuna(String reason, Instant at) {
        return isOnItsWay() ? with(new GroupChangeState.RefusedByLuna(reason, at)) : this;
    }

    /** Its forløb is cancelled while the change is still on its way. */
    public GroupChange cancelled(Instant at) {
        return isOnItsWay() ? with(new GroupChangeState.Cancelled(at)) : this;
    }

    private GroupChange with(GroupChangeState next) {
        return new GroupChange(forloebId, cpr, group, validFrom, next);
    }
}
