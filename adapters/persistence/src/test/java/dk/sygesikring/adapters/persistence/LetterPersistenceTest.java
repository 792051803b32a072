package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Letters in PostgreSQL (V21, ADR 0029): a letter comes back whole with its PDF, the persons it is about and every
 * status with its time; statuses are only added. Each test's persons are its own. Every call runs in a transaction,
 * as the application's do.
 */
@MicronautTest(transactional = false)
class LetterPersistenceTest {

    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
    static final Creator CITIZEN = new Creator(Creator.Kind.CITIZEN, "0202851234");

    @Inject ForloebStorePort forloeb;
    @Inject LetterStorePort letters;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("LET-6 (storage) a family's letter round-trips: to the mother, about her and her children, with its PDF and statuses in order")
    void LET6_a_letter_round_trips_with_its_statuses() {
        Cpr mother = Cpr.of("0202851234");
        List<Cpr> family = List.of(mother, Cpr.of("0303154321"), Cpr.of("0404174322"));
        Letter written = write(mother, family, LetterChannel.DIGITAL_POST, new byte[] {'%', 'P', 'D', 'F', 1, 2, 3});

        Letter rerouted = written.rerouted(LetterChannel.PRINT, T0.plusSeconds(2));
        Letter sent = rerouted.reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-77", T0.plusSeconds(3)));
        Letter posted = sent.reported(new LetterStatus.Delivered(LetterChannel.PRINT, "P-77", T0.plusSeconds(90)));
        transactions.inTransaction(() -> {
            letters.update(rerouted);
            letters.update(posted);
            letters.update(posted); // nothing new: nothing written twice
            return null;
        });

        assertThat(read(() -> letters.load(written.id()))).contains(posted);
        assertThat(read(() -> letters.ofForloeb(written.forloebId()))).containsExactly(posted);
        assertThat(read(() -> letters.ofPerson(family.get(2)))).containsExactly(posted);
        assertThat(read(() -> letters.ofPerson(mother))).containsExactly(posted);
        assertThat(read(() -> letters.document(written.id()))).hasValueSatisfying(pdf -> assertThat(pdf).startsWith('%', 'P', 'D', 'F', 1, 2, 3));
        assertThat(read(() -> letters.load(UUID.randomUUID()))).isEmpty();
        assertThat(read(() -> letters.document(UUID.randomUUID()))).isEmpty();
    }

    @Test
    @DisplayName("LET-6 (storage) a failed and a withdrawn letter keep their reason and time; a practice's letter names no person")
    void LET6_failed_and_withdrawn_round_trip() {
        Cpr person = Cpr.of("0505851237");
        Letter failed = write(person, List.of(person), LetterChannel.DIGITAL_POST, new byte[] {'%', 'P'})
                .reported(new LetterStatus.Failed(LetterChannel.DIGITAL_POST, "Digital Post afviste brevet", T0.plusSeconds(4)));
        Letter withdrawn = write(person, List.of(person), LetterChannel.PRINT, new byte[] {'%', 'P'}).withdrawn(T0.plusSeconds(5));
        transactions.inTransaction(() -> {
            letters.update(failed);
            letters.update(withdrawn);
            return null;
        });

        assertThat(read(() -> letters.load(failed.id()))).contains(failed);
        assertThat(read(() -> letters.load(withdrawn.id()))).contains(withdrawn);
        assertThat(read(() -> letters.ofPerson(person))).containsExactlyInAnyOrder(failed, withdrawn);

        Forloeb practiceForloeb = forloebOf(person);
        Letter toPractice = Letter.written(UUID.randomUUID(), practiceForloeb.id(), practiceForloeb.activities().getFirst().id(),
                LetterKind.DISPENSATION_APPLICATION, new Addressee.Practice(ProviderNumber.of("084641")), List.of(person),
                "Ansøgning om dispensation", LetterChannel.DIGITAL_POST, T0);
        transactions.inTransaction(() -> {
            forloeb.save(practiceForloeb);
            letters.save(toPractice, new byte[] {'%', 'P'});
            return null;
        });
        assertThat(read(() -> letters.load(toPractice.id()))).contains(toPractice);
    }

    /** The application reads in its transactions; so does the test. */
    private <T> T read(java.util.function.Supplier<T> query) {
        return transactions.inTransaction(query);
    }

    private Letter write(Cpr to, List<Cpr> about, LetterChannel channel, byte[] pdf) {
        Forloeb made = forloebOf(to);
        Letter letter = Letter.written(UUID.randomUUID(), made.id(), made.activities().getFirst().id(), LetterKind.DOCTOR_CHOICE_RECEIPT,
                new Addressee.Person(to), about, "Kvittering for lægevalg", channel, T0);
        transactions.inTransaction(() -> {
            letters.save(letter, pdf); // before its forløb, in the same transaction: the key is deferred
            forloeb.save(made);
            return null;
        });
        return letter;
    }

    private static Forloeb forloebOf(Cpr main) {
        return Forloeb.start(ForloebType.DOCTOR_CHOICE, MunicipalityCode.of("101"), CITIZEN, main, List.of(main), T0, null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, T0, null, null));
    }
}
