package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.person.Cpr;
import java.util.List;
import java.util.Optional;

/** Where group changes are kept, one per GROUP_CHANGE forløb. Callers hold the transaction and lock the forløb. */
public interface GroupChangeStorePort {

    /** Stores a new change or the new state of a known one. */
    void save(GroupChange change);

    Optional<GroupChange> load(ForloebId forloebId);

    /** The person's changes still on their way to LUNA, earliest valid-from date first. */
    List<GroupChange> onItsWayFor(Cpr person);
}
