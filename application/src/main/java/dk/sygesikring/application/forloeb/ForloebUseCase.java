package dk.sygesikring.application.forloeb;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.result.Outcome;

/** Reading and cancelling forløb (FORL-1, FORL-3, ROLE-2). */
public interface ForloebUseCase {

    Outcome<ForloebView> read(Actor reader, ForloebId id);

    /**
     * Cancels a forløb in progress and its open activities (FORL-3). A registration already handed to LUNA cannot be
     * called back: a group change is then undone by a new change with the same date (GRP-5).
     */
    Outcome<ForloebView> cancel(Actor actor, ForloebId id);
}
