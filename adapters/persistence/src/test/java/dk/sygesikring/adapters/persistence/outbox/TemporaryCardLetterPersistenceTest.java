package dk.sygesikring.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterDocumentPort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostLetter;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A temporary card's letter in the outbox (CARD-4, ADR 0028): what follows an undelivered letter is stored with it,
 * and its PDF is read back by forløb and activity after Digital Post's answer. Its record falls due in 1990 and is
 * claimed then, before any other class's, and it is closed before the test ends.
 */
@MicronautTest(transactional = false)
class TemporaryCardLetterPersistenceTest {

    static final Instant ERA = Instant.parse("1990-06-01T09:00:00Z");

    @Inject ForloebStorePort store;
    @Inject OutboxPort outbox;
    @Inject LetterDocumentPort letters;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("CARD-4 a temporary card's letter keeps that the caseworker prints it when undelivered, and its PDF is read back by forløb and activity once refused")
    void CARD4_the_letter_round_trips_and_its_pdf_is_read_back() {
        Forloeb forloeb = Forloeb.start(ForloebType.TEMPORARY_CARD, MunicipalityCode.of("101"), Creator.system("test"),
                        Cpr.of("0505901231"), List.of(), ERA, null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, ERA, null, null));
        UUID activity = forloeb.activities().getFirst().id();
        byte[] pdf = {'%', 'P', 'D', 'F', 4, 0, -1};
        DigitalPostLetter letter = new DigitalPostLetter(activity, new Recipient.Citizen(forloeb.mainPerson()),
                "Midlertidigt sundhedskort", pdf, IfNotDelivered.PRINTED_BY_CASEWORKER);
        UUID id = UUID.randomUUID();
        transactions.inTransaction(() -> {
            store.save(forloeb);
            outbox.enqueue(id, forloeb.id(), letter, ERA);
            return null;
        });

        OutboxRecord claimed = transactions.inTransaction(() -> {
            OutboxRecord record = outbox.claimNextDue(Set.of(OutboxKind.DIGITAL_POST_LETTER), ERA.plusSeconds(1)).orElseThrow();
            outbox.markRefused(record.id(), "Modtageren har ikke Digital Post", ERA.plusSeconds(1));
            return record;
        });

        assertThat(claimed.id()).isEqualTo(id);
        assertThat(claimed.payload()).usingRecursiveComparison().isEqualTo(letter);
        assertThat(letters.letterDocument(forloeb.id(), activity)).as("kept after the refusal").hasValueSatisfying(
                document -> assertThat(document).isEqualTo(pdf));
        assertThat(letters.letterDocument(forloeb.id(), UUID.randomUUID())).as("another activity's letter").isEmpty();
        assertThat(letters.letterDocument(ForloebId.random(), activity)).as("another forløb's letter").isEmpty();
    }
}
