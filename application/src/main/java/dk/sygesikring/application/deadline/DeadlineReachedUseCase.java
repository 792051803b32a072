package dk.sygesikring.application.deadline;

import dk.sygesikring.domain.forloeb.ForloebId;

/** A deadline fell due: the forløb moves on as its rules say. Runs on one instance of the service, once. */
public interface DeadlineReachedUseCase {
    void deadlineReached(Deadline.Kind kind, ForloebId forloebId);
}
