package dk.sygesikring.server.deadline;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.deadline.DeadlineHandler;
import dk.sygesikring.domain.forloeb.ForloebId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the deadlines that fell due on this instance; only in the deadline tests. */
@Singleton
@Requires(property = "test.recording-deadline-handler", value = "true")
public class RecordingDeadlineHandler implements DeadlineHandler {

    private final List<ForloebId> reached = new CopyOnWriteArrayList<>();

    @Override
    public Deadline.Kind kind() {
        return Deadline.Kind.DISPENSATION;
    }

    @Override
    public void reached(ForloebId forloebId) {
        reached.add(forloebId);
    }

    public List<ForloebId> reached() {
        return reached;
    }
}
