package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The letters (LET-6, ADR 0029): each with its PDF, stored once when written, and its status history. */
public interface LetterStorePort {

    /** A letter just written, with the document every channel gets; in the transaction of its forløb. */
    void save(Letter letter, byte[] pdf);

    /** The letter's new statuses; the earlier ones never change. */
    void update(Letter letter);

    Optional<Letter> load(UUID letterId);

    /** The letter, locked until the transaction ends, so two reports about it are taken one after the other. */
    Optional<Letter> loadForUpdate(UUID letterId);

    /** The forløb's letters, oldest first. */
    List<Letter> ofForloeb(ForloebId forloebId);

    /** The letters to the person or about them (LET-2), newest first. */
    List<Letter> ofPerson(Cpr cpr);

    /** The letter's PDF, as every channel got it. */
    Optional<byte[]> document(UUID letterId);

    /**
     * Where a page of a person's letters ended: the last letter's time and id. The letters come newest first, those
     * written in the same instant by id, highest first, so every letter has one place (keyset paging, ADR 0030).
     */
    record Position(Instant createdAt, UUID letterId) {
        public Position {
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(letterId, "letterId");
        }

        public static Position of(Letter letter) {
            return new Position(letter.createdAt(), letter.id());
        }
    }

    /**
     * At most {@code limit} of the letters to the person or about them (LET-2), newest first, from just after
     * {@code after} when given; with a municipality, only the letters of forløb of that municipality (ROLE-2).
     */
    List<Letter> ofPerson(Cpr cpr, Optional<MunicipalityCode> forloebOf, Optional<Position> after, int limit);
}
