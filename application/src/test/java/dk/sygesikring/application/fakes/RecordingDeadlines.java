package dk.sygesikring.application.fakes;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The deadlines scheduled and not cancelled, in memory. */
public final class RecordingDeadlines implements DeadlinePort {

    private record Key(Deadline.Kind kind, ForloebId forloebId) {
    }

    private final Map<Key, Deadline> scheduled = new HashMap<>();

    @Override
    public void schedule(Deadline deadline) {
        scheduled.put(new Key(deadline.kind(), deadline.forloebId()), deadline);
    }

    @Override
    public void cancel(Deadline.Kind kind, ForloebId forloebId) {
        scheduled.remove(new Key(kind, forloebId));
    }

    public Optional<Deadline> scheduled(Deadline.Kind kind, ForloebId forloebId) {
        return Optional.ofNullable(scheduled.get(new Key(kind, forloebId)));
    }
}
