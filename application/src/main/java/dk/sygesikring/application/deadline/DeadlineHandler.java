package dk.sygesikring.application.deadline;

import dk.sygesikring.domain.forloeb.ForloebId;

/** What one kind of deadline does when it falls due; each use case that sets deadlines provides its handler. */
public interface DeadlineHandler {

    Deadline.Kind kind();

    /** Called inside a transaction; the forløb may have moved on meanwhile, so check before acting. */
    void reached(ForloebId forloebId);
}
