package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.LetterStorePort.Position;
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
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A person's letters a page at a time in PostgreSQL (ADR 0030): keyset paging on (created_at, id) descending, narrowed
 * to one municipality's forløb when asked (ROLE-2). Each run's person is new, so a reused database changes nothing.
 */
@MicronautTest(transactional = false)
class LetterPagingPersistenceTest {

    static final Instant T0 = Instant.parse("2026-12-03T09:00:00.123456Z");
    static final MunicipalityCode OWN = MunicipalityCode.of("101");
    static final MunicipalityCode OTHER = MunicipalityCode.of("751");

    @Inject ForloebStorePort forloeb;
    @Inject LetterStorePort letters;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("LET-6 (viewing, storage) 7 letters to or about a person, 3 of one microsecond, read 2 at a time: newest first, ties by id as PostgreSQL orders uuids, each once")
    void LET6_pages_by_keyset() {
        Cpr person = newPerson();
        Cpr other = newPerson();
        List<Letter> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = i < 3 ? T0 : T0.plusMillis(i * 1000L + 1);
            written.add(i % 2 == 0 ? write(OWN, person, List.of(person), at) : write(OTHER, other, List.of(other, person), at));
        }
        write(OWN, other, List.of(other), T0); // neither to nor about the person

        List<Letter> read = new ArrayList<>();
        Optional<Position> after = Optional.empty();
        int pages = 0;
        List<Letter> page;
        do {
            Optional<Position> from = after;
            page = transactions.inTransaction(() -> letters.ofPerson(person, Optional.empty(), from, 2));
            read.addAll(page);
            after = page.isEmpty() ? after : Optional.of(Position.of(page.getLast()));
            pages++;
        } while (page.size() == 2);

        assertThat(pages).isEqualTo(4);
        assertThat(read).containsExactlyElementsOf(written.stream()
                .sorted(Comparator.comparing(Letter::createdAt).thenComparing(letter -> letter.id().toString()).reversed())
                .toList());
        assertThat(read).containsExactlyInAnyOrderElementsOf(transactions.inTransaction(() -> letters.ofPerson(person)));
    }

    @Test
    @DisplayName("LET-6 (viewing, storage) ROLE-2 a page for one municipality holds only the letters of its forløb, paged the same way")
    void LET6_narrowed_to_a_municipality() {
        Cpr person = newPerson();
        List<Letter> own = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Letter letter = write(i % 2 == 0 ? OWN : OTHER, person, List.of(person), T0.plusSeconds(i));
            if (i % 2 == 0) {
                own.add(0, letter);
            }
        }

        List<Letter> first = transactions.inTransaction(() -> letters.ofPerson(person, Optional.of(OWN), Optional.empty(), 2));
        List<Letter> rest = transactions.inTransaction(() -> letters.ofPerson(person, Optional.of(OWN),
                Optional.of(Position.of(first.getLast())), 2));

        assertThat(first).containsExactlyElementsOf(own.subList(0, 2));
        assertThat(rest).containsExactly(own.get(2));
        assertThat(transactions.inTransaction(() -> letters.ofPerson(person, Optional.of(OTHER), Optional.empty(), 10))).hasSize(2);
    }

    /** A person of the 1900s with a birth date and serial of this run's own, one in millions. */
    private static Cpr newPerson() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Cpr.of(String.format("%02d%02d%02d%04d", 1 + random.nextInt(28), 1 + random.nextInt(12), 50 + random.nextInt(50),
                random.nextInt(4000)));
    }

    private Letter write(MunicipalityCode municipality, Cpr to, List<Cpr> about, Instant at) {
        Forloeb made = Forloeb.start(ForloebType.DOCTOR_CHOICE, municipality, new Creator(Creator.Kind.CITIZEN, to.value()), to,
                List.of(to), at, null).withActivity(Activity.open(ActivityType.SEND_LETTER, at, null, null));
        Letter letter = Letter.written(UUID.randomUUID(), made.id(), made.activities().getFirst().id(), LetterKind.DOCTOR_CHOICE_RECEIPT,
                new Addressee.Person(to), about, "Kvittering for lægevalg", LetterChannel.DIGITAL_POST, at);
        transactions.inTransaction(() -> {
            forloeb.save(made);
            letters.save(letter, new byte[] {'%', 'P'});
            return null;
        });
        return letter;
    }
}
