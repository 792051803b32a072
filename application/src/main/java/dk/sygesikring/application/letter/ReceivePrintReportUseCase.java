package dk.sygesikring.application.letter;

import dk.sygesikring.domain.result.Outcome;

/** The print supplier's reports of the letters it prints (LET-6): each taken once, in any order. */
public interface ReceivePrintReportUseCase {

    /** The letter's status after the report; refused with {@code letter-not-found} for a letter this service did not send. */
    Outcome<String> receive(PrintReport report);
}
