package dk.sygesikring.application.card;

import dk.sygesikring.domain.result.Outcome;

/** "Udsted midlertidigt sundhedskort" (CARD-4). */
public interface IssueTemporaryCardUseCase {

    /** The TEMPORARY_CARD forløb, the card it shows and its letter on the way to Digital Post; once per Idempotency-Key. */
    Outcome<TemporaryCardCase> issue(IssueTemporaryCardCommand command);
}
