package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.TemporaryCardStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.TemporaryCard;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Temporary cards in PostgreSQL (CARD-4, V20, ADR 0028): the card as issued, stored with its forløb and its letter in
 * one transaction; the letter keeps that the caseworker prints it when undelivered, and its PDF is read back after
 * Digital Post's answer. The letters fall due in 1990 and are claimed then, before any other class's, and each is
 * closed before its test ends.
 */
@MicronautTest(transactional = false)
class TemporaryCardPersistenceTest {

    static final Instant ERA = Instant.parse("1990-06-01T09:00:00Z");
    static final Creator CASEWORKER = new Creator(Creator.Kind.CASEWORKER, "cw-101-temporary");

    @Inject ForloebStorePort store;
    @Inject OutboxPort outbox;
    @Inject TemporaryCardStorePort cards;
    @Inject LetterStorePort letters;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("CARD-4 a temporary card is stored with its forløb and letter and comes back whole; the letter keeps that the caseworker prints it, and its PDF is read back once Digital Post refused it")
    void CARD4_the_card_and_its_letter_round_trip() {
        HealthCard shown = new HealthCard(Cpr.of("0505901231"), "Søren Østergaard", "Adelgade 5, 9500 Hobro", Sikringsgruppe.GROUP_1,
                Optional.of(new HealthCard.CardDoctor(ProviderNumber.of("084641"), "Lægehuset i Hobro", "Adelgade 7, 9500 Hobro")),
                LocalDate.of(1990, 6, 1));
        byte[] pdf = {'%', 'P', 'D', 'F', 4, 0, -1};
        Issued issued = issue(shown, pdf);

        assertThat(cards.ofForloeb(issued.card().forloebId())).contains(issued.card());
        OutboxRecord claimed = transactions.inTransaction(() -> {
            OutboxRecord record = outbox.claimNextDue(Set.of(OutboxKind.DIGITAL_POST_LETTER), ERA.plusSeconds(1)).orElseThrow();
            outbox.markRefused(record.id(), "Modtageren har ikke Digital Post", ERA.plusSeconds(1));
            return record;
        });
        assertThat(claimed.id()).isEqualTo(issued.card().letterId());
        assertThat(claimed.payload()).isEqualTo(issued.letter());
        assertThat(transactions.inTransaction(() -> letters.document(issued.card().letterId()))).as("kept after the refusal")
                .hasValueSatisfying(document -> assertThat(document).isEqualTo(pdf));
        assertThat(transactions.inTransaction(() -> letters.document(UUID.randomUUID()))).isEmpty();
        assertThat(cards.ofForloeb(ForloebId.random())).isEmpty();
    }

    @Test
    @DisplayName("CARD-4 a group 2 temporary card has no doctor and comes back so")
    void CARD4_a_group_2_card_round_trips() {
        HealthCard shown = new HealthCard(Cpr.of("0505901241"), "Karin Kortsen", "Adelgade 5, 9500 Hobro", Sikringsgruppe.GROUP_2,
                Optional.empty(), LocalDate.of(1990, 6, 1));
        Issued issued = issue(shown, new byte[] {'%', 'P'});
        transactions.inTransaction(() -> {
            outbox.markWithdrawn(issued.card().letterId(), "left by the test", ERA);
            return null;
        });

        assertThat(cards.ofForloeb(issued.card().forloebId())).contains(issued.card());
    }

    private record Issued(TemporaryCard card, LetterDelivery letter) {
    }

    /** The forløb, its letter and its card, in one transaction, as the use case stores them. */
    private Issued issue(HealthCard shown, byte[] pdf) {
        Forloeb forloeb = Forloeb.start(ForloebType.TEMPORARY_CARD, MunicipalityCode.of("101"), CASEWORKER, shown.cpr(),
                        List.of(), ERA, null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, ERA, null, null));
        UUID activity = forloeb.activities().getFirst().id();
        Letter written = Letter.written(UUID.randomUUID(), forloeb.id(), activity, LetterKind.TEMPORARY_CARD,
                new Addressee.Person(shown.cpr()), List.of(shown.cpr()), "Midlertidigt sundhedskort", LetterChannel.DIGITAL_POST, ERA);
        LetterDelivery letter = new LetterDelivery.ByDigitalPost(written.id(), activity, IfNotDelivered.PRINTED_BY_CASEWORKER);
        TemporaryCard card = new TemporaryCard(forloeb.id(), MunicipalityCode.of("101"), shown, CASEWORKER, ERA, written.id());
        transactions.inTransaction(() -> {
            store.save(forloeb);
            letters.save(written, pdf);
            outbox.enqueue(card.letterId(), forloeb.id(), letter, ERA);
            cards.save(card);
            return null;
        });
        return new Issued(card, letter);
    }
}
