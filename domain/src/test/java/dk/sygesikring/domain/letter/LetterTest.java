package dk.sygesikring.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LET-6 (fixed): a letter's status moves forward only, whatever order its channel reports in; LET-5: print is not stopped. */
class LetterTest {

    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
    static final Cpr ANNA = Cpr.of("0101801234");

    @Test
    @DisplayName("LET-6 a printed letter: queued, sent, delivered (posted), each with its time")
    void LET6_history_with_times() {
        Letter posted = letter(LetterChannel.PRINT)
                .reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-1", T0.plusSeconds(1)))
                .reported(new LetterStatus.Delivered(LetterChannel.PRINT, "P-1", T0.plusSeconds(60)));

        assertThat(posted.history()).extracting(LetterStatus::name).containsExactly("QUEUED", "SENT", "DELIVERED");
        assertThat(posted.history()).extracting(LetterStatus::at).containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(60));
        assertThat(posted.channel()).isEqualTo(LetterChannel.PRINT);
    }

    @Test
    @DisplayName("LET-6 reports repeated and out of order: posted before printed ends delivered; the late and repeated ones change nothing")
    void LET6_out_of_order_and_repeated() {
        Letter delivered = letter(LetterChannel.PRINT)
                .reported(new LetterStatus.Delivered(LetterChannel.PRINT, "P-1", T0.plusSeconds(60)));
        Letter after = delivered
                .reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-1", T0.plusSeconds(1)))
                .reported(new LetterStatus.Delivered(LetterChannel.PRINT, "P-1", T0.plusSeconds(60)));

        assertThat(after).isEqualTo(delivered);
        assertThat(after.status()).isInstanceOf(LetterStatus.Delivered.class);
    }

    @Test
    @DisplayName("LET-6 a posted letter that comes back undeliverable has failed; a late report of its posting after that changes nothing")
    void LET6_returned_after_posting() {
        Letter returned = letter(LetterChannel.PRINT)
                .reported(new LetterStatus.Delivered(LetterChannel.PRINT, "P-1", T0.plusSeconds(60)))
                .reported(new LetterStatus.Failed(LetterChannel.PRINT, "Ubekendt på adressen", T0.plusSeconds(600)));

        assertThat(returned.status()).isEqualTo(new LetterStatus.Failed(LetterChannel.PRINT, "Ubekendt på adressen", T0.plusSeconds(600)));
        assertThat(returned.reported(new LetterStatus.Delivered(LetterChannel.PRINT, "P-1", T0.plusSeconds(60)))).isEqualTo(returned);
        assertThat(returned.reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-1", T0.plusSeconds(1)))).isEqualTo(returned);
    }

    @Test
    @DisplayName("LET-4 and LET-5 a letter Digital Post cannot deliver goes to print once; once with print it is not rerouted again")
    void LET5_rerouted_to_print_once() {
        Letter toPrint = letter(LetterChannel.DIGITAL_POST).rerouted(LetterChannel.PRINT, T0.plusSeconds(5));

        assertThat(toPrint.history()).extracting(LetterStatus::name).containsExactly("QUEUED", "QUEUED");
        assertThat(toPrint.channel()).isEqualTo(LetterChannel.PRINT);
        assertThat(toPrint.rerouted(LetterChannel.PRINT, T0.plusSeconds(6))).isEqualTo(toPrint);
        Letter sent = toPrint.reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-1", T0.plusSeconds(7)));
        assertThat(sent.rerouted(LetterChannel.DIGITAL_POST, T0.plusSeconds(8))).isEqualTo(sent);
    }

    @Test
    @DisplayName("LET-5 a cancelled forløb withdraws a letter not yet gone; a letter taken for print cannot be stopped")
    void LET5_withdrawn_only_before_it_went() {
        Letter waiting = letter(LetterChannel.DIGITAL_POST);
        assertThat(waiting.withdrawn(T0.plusSeconds(3)).status()).isEqualTo(new LetterStatus.Withdrawn(T0.plusSeconds(3)));

        Letter withPrint = letter(LetterChannel.PRINT).reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-1", T0.plusSeconds(1)));
        assertThat(withPrint.withdrawn(T0.plusSeconds(3))).isEqualTo(withPrint);
        assertThat(withPrint.reported(new LetterStatus.Delivered(LetterChannel.PRINT, "P-1", T0.plusSeconds(9))).status())
                .isInstanceOf(LetterStatus.Delivered.class);
    }

    private static Letter letter(LetterChannel channel) {
        return Letter.written(UUID.randomUUID(), new ForloebId(UUID.randomUUID()), UUID.randomUUID(), LetterKind.CARD_RECEIPT,
                new Addressee.Person(ANNA), List.of(ANNA), "Kvittering for bestilling af sundhedskort", channel, T0);
    }
}
