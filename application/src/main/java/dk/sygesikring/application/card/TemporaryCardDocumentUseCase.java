package dk.sygesikring.application.card;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.result.Outcome;

/** Print a temporary card (CARD-4). */
public interface TemporaryCardDocumentUseCase {

    /** The temporary card's PDF, the one sent to Digital Post, for a caseworker of the municipality that issued it. */
    Outcome<TemporaryCardDocument> document(Actor reader, ForloebId forloebId);
}
