package dk.sygesikring.application.letter.fifteen;

import java.time.LocalDate;

/**
 * DOC-17: the letter about a free doctor choice to everyone whose 15th birthday was the configured delay ago, once
 * each. Run daily by the scheduler on one instance; a run looks back the configured catch-up days, so days the service
 * was down and letters that failed are caught up, and running it again sends nothing twice.
 */
public interface SendFifteenYearLettersUseCase {

    FifteenYearLetterRun sendDue(LocalDate today);
}
