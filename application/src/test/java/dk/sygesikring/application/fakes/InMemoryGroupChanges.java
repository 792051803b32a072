package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.person.Cpr;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Group changes in memory, for use-case tests. */
public final class InMemoryGroupChanges implements GroupChangeStorePort {

    private final Map<ForloebId, GroupChange> stored = new LinkedHashMap<>();

    @Override
    public void save(GroupChange change) {
        stored.put(change.forloebId(), change);
    }

    @Override
    public Optional<GroupChange> load(ForloebId forloebId) {
        return Optional.ofNullable(stored.get(forloebId));
    }

    @Override
    public List<GroupChange> onItsWayFor(Cpr person) {
        return stored.values().stream().filter(change -> change.cpr().equals(person)).filter(GroupChange::isOnItsWay)
                .sorted(Comparator.comparing(GroupChange::validFrom)).toList();
    }

    public List<GroupChange> all() {
        return List.copyOf(stored.values());
    }
}
