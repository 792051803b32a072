package dk.sygesikring.application.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.fakes.CountingTransactions;
import dk.sygesikring.application.fakes.InMemoryLetters;
import dk.sygesikring.application.port.out.print.PrintStatus;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The print supplier's reports through the use case, over in-memory letters: repeated and shuffled, each letter ends right once. */
class PrintReportUseCaseTest {

    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
    static final Cpr PERSON = Cpr.of("0101151234");

    final InMemoryLetters letters = new InMemoryLetters();
    final PrintReportService reports = new PrintReportService(new StoredLetters(letters), new CountingTransactions());

    @Test
    @DisplayName("LET-6 (print reports) each report of 20 letters sent 3 times and shuffled: every letter ends delivered, its history written once per new status")
    void LET6_reports_repeated_and_shuffled() {
        List<Letter> written = new ArrayList<>();
        List<PrintReport> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Letter letter = printed();
            written.add(letter);
            for (int copy = 0; copy < 3; copy++) {
                sent.add(report(letter, PrintStatus.PRINTED, 10));
                sent.add(report(letter, PrintStatus.POSTED, 20));
            }
        }
        Collections.shuffle(sent, new Random(7));

        sent.forEach(reports::receive);

        System.out.printf("Print reports: %d letters, %d reports, %d status changes written%n", written.size(), sent.size(),
                letters.updates);
        assertThat(written).allSatisfy(letter -> assertThat(letters.load(letter.id()).orElseThrow().status())
                .isEqualTo(new LetterStatus.Delivered(LetterChannel.PRINT, "P-" + letter.id(), T0.plusSeconds(20))));
        assertThat(letters.updates).as("at most printed then posted, once each").isBetween(20, 40);
    }

    @Test
    @DisplayName("LET-6 (print reports) a letter returned undeliverable after it was posted has failed, with the supplier's reason")
    void LET6_undeliverable_after_posted() {
        Letter letter = printed();
        reports.receive(report(letter, PrintStatus.POSTED, 20));

        Outcome<String> returned = reports.receive(new PrintReport(UUID.randomUUID(), letter.id(), PrintStatus.UNDELIVERABLE,
                T0.plusSeconds(900), "P-" + letter.id(), Optional.of("Ubekendt på adressen")));

        assertThat(returned).isEqualTo(Outcome.success("FAILED"));
        assertThat(letters.load(letter.id()).orElseThrow().status()).isEqualTo(new LetterStatus.Failed(LetterChannel.PRINT,
                PrintReportService.UNDELIVERABLE + ": Ubekendt på adressen", T0.plusSeconds(900)));
    }

    @Test
    @DisplayName("A report about a letter this service never sent is refused as not found, and nothing is written")
    void unknown_letter() {
        Outcome<String> refused = reports.receive(new PrintReport(UUID.randomUUID(), UUID.randomUUID(), PrintStatus.POSTED, T0,
                "P-x", Optional.empty()));

        assertThat(refused).isEqualTo(Outcome.refused(PrintReportService.NOT_FOUND));
        assertThat(letters.updates).isZero();
    }

    private Letter printed() {
        Letter letter = Letter.written(UUID.randomUUID(), new ForloebId(UUID.randomUUID()), UUID.randomUUID(), LetterKind.CARD_RECEIPT,
                new Addressee.Person(PERSON), List.of(PERSON), "Kvittering", LetterChannel.PRINT, T0);
        letters.save(letter, new byte[] {'%', 'P'});
        return letter;
    }

    private static PrintReport report(Letter letter, PrintStatus status, int secondsAfter) {
        return new PrintReport(UUID.nameUUIDFromBytes((letter.id() + status.name()).getBytes()), letter.id(), status,
                T0.plusSeconds(secondsAfter), "P-" + letter.id(), Optional.empty());
    }
}
