package dk.sygesikring.application.letter.fifteen;

import java.time.LocalDate;

/**
 * What one run of the 15-year letters did (DOC-17), for the log and the tests.
 *
 * @param from      the first day of the run's window, whose persons due were looked at through {@code today}
 * @param sent      letters written and queued for Digital Post or print
 * @param heldBack  persons whose letter LET-3 holds back (a protected child, an unnamed person): recorded, not sent
 * @param alreadyHad persons due whose letter an earlier or an overlapping run dealt with
 * @param inactive  persons born on a due date who are not active in CPR: no letter
 * @param failed    persons whose letter could not be written this time; a later run within the window tries again
 */
public record FifteenYearLetterRun(LocalDate from, LocalDate today, int sent, int heldBack, int alreadyHad, int inactive,
                                   int failed) {
}
