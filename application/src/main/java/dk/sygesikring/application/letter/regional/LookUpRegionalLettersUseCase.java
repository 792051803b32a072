package dk.sygesikring.application.letter.regional;

import dk.sygesikring.domain.result.Outcome;

/** "Hent regionale breve" (LET-7): the letters the regions sent a person in a period, looked up at LUNA. */
public interface LookUpRegionalLettersUseCase {

    /**
     * The person's regional letters sent from {@code from} to {@code to}, both included, newest first, for those who
     * may read the person. A period the configuration does not allow throws
     * {@link dk.sygesikring.domain.letter.InvalidPeriodException}; LUNA not answering throws
     * {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException}.
     */
    Outcome<RegionalLetters> lookUp(LookUpRegionalLettersQuery query);
}
