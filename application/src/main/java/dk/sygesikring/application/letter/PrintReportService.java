package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;

/**
 * Takes the print supplier's reports (LET-6): printed keeps the letter sent, posted delivers it, undeliverable fails
 * it, also after it was posted (returned by the postal service). The letter is locked while a report is taken, and
 * its status only moves forward ({@link Letter#reported}), so a report repeated, late or out of order changes nothing.
 */
@Singleton
public class PrintReportService implements ReceivePrintReportUseCase {

    static final Refusal NOT_FOUND = Refusal.notFound("letter-not-found", "No letter of this service has this id");
    static final String UNDELIVERABLE = "Fjernprint: brevet kunne ikke afleveres";

    private final StoredLetters letters;
    private final TransactionPort transactions;

    public PrintReportService(StoredLetters letters, TransactionPort transactions) {
        this.letters = letters;
        this.transactions = transactions;
    }

    @Override
    public Outcome<String> receive(PrintReport report) {
        return transactions.inTransaction(() -> Outcome.present(letters.reportIfKnown(report.letterId(), status(report)),
                NOT_FOUND).map(reported -> reported.status().name()));
    }

    private static LetterStatus status(PrintReport report) {
        return switch (report.status()) {
            case PRINTED -> new LetterStatus.Sent(LetterChannel.PRINT, report.printReference(), report.occurredAt());
            case POSTED -> new LetterStatus.Delivered(LetterChannel.PRINT, report.printReference(), report.occurredAt());
            case UNDELIVERABLE -> new LetterStatus.Failed(LetterChannel.PRINT,
                    report.reason().map(reason -> UNDELIVERABLE + ": " + reason).orElse(UNDELIVERABLE), report.occurredAt());
        };
    }
}
