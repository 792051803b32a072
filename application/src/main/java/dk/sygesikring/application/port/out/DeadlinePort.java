package dk.sygesikring.application.port.out;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.domain.forloeb.ForloebId;

/**
 * Persistent deadlines of forløb (DOC-4 14-day dispensation answer, DOC-5 8-day consent, later card pre-order and
 * letters). Scheduling joins the caller's transaction, so a deadline exists exactly when its forløb does; when it
 * falls due, one instance of the service runs {@link dk.sygesikring.application.deadline.DeadlineReachedUseCase}.
 */
public interface DeadlinePort {

    /** Schedules the deadline; scheduling the same kind for the same forløb again moves it. */
    void schedule(Deadline deadline);

    /** The deadline will not fall due (its forløb moved on first). */
    void cancel(Deadline.Kind kind, ForloebId forloebId);
}
