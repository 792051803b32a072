package dk.sygesikring.application.letter.adhoc;

import dk.sygesikring.domain.result.Outcome;

/** "Ad hoc-brev" (LET-1): a caseworker sends a person a letter of their own from the standard template. */
public interface SendAdHocLetterUseCase {

    /** The AD_HOC forløb and its letter, on the way to its channel; once per Idempotency-Key. */
    Outcome<AdHocLetterCase> send(SendAdHocLetterCommand command);
}
