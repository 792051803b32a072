package dk.sygesikring.application.group;

import dk.sygesikring.application.forloeb.ForloebCancellationParticipant;
import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * FORL-3: a group change whose forløb is cancelled before LUNA has it is cancelled too, so it no longer counts as on
 * its way (GRP-4, GRP-6). Whether LUNA already has it is the forløb's check (its registration must still be
 * withdrawable from the outbox).
 */
@Singleton
public class GroupChangeCancellation implements ForloebCancellationParticipant {

    private final GroupChangeStorePort changes;

    public GroupChangeCancellation(GroupChangeStorePort changes) {
        this.changes = changes;
    }

    @Override
    public Optional<Refusal> refusalToCancel(Forloeb forloeb, Creator by, Instant at) {
        return Optional.empty();
    }

    @Override
    public void cancelled(Forloeb forloeb, Creator by, Instant at) {
        if (forloeb.type() == ForloebType.GROUP_CHANGE) {
            changes.load(forloeb.id()).ifPresent(change -> changes.save(change.cancelled(at)));
        }
    }
}
