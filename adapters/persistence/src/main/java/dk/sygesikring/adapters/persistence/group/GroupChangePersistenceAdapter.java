package dk.sygesikring.adapters.persistence.group;

import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.GroupChangeState;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Stores a group change as one row; only its state changes after it is made. */
@Singleton
class GroupChangePersistenceAdapter implements GroupChangeStorePort {

    private final GroupChangeRepository changes;

    GroupChangePersistenceAdapter(GroupChangeRepository changes) {
        this.changes = changes;
    }

    @Override
    public void save(GroupChange change) {
        String refusal = change.state() instanceof GroupChangeState.RefusedByLuna refused ? refused.reason() : null;
        changes.upsert(new GroupChangeRow(change.forloebId().value(), change.cpr().value(), (short) change.group().number(),
                change.validFrom(), change.state().name(), change.state().since(), refusal));
    }

    @Override
    public Optional<GroupChange> load(ForloebId forloebId) {
        return changes.findById(forloebId.value()).map(GroupChangePersistenceAdapter::toChange);
    }

    @Override
    public List<GroupChange> onItsWayFor(Cpr person) {
        return changes.findOnItsWay(person.value()).stream().map(GroupChangePersistenceAdapter::toChange).toList();
    }

    private static GroupChange toChange(GroupChangeRow row) {
        GroupChangeState state = switch (row.state()) {
            case "AWAITING_LUNA" -> new GroupChangeState.AwaitingLuna(row.stateChangedAt());
            case "REGISTERED" -> new GroupChangeState.Registered(row.stateChangedAt());
            case "REFUSED_BY_LUNA" -> new GroupChangeState.RefusedByLuna(row.lunaRefusal(), row.stateChangedAt());
            case "CANCELLED" -> new GroupChangeState.Cancelled(row.stateChangedAt());
            default -> throw new IllegalStateException("unknown group-change state " + row.state());
        };
        return new GroupChange(new ForloebId(row.forloebId()), Cpr.of(row.cpr()),
                Sikringsgruppe.ofNumber(row.groupNumber()).orElseThrow(), row.validFrom(), state);
    }
}
