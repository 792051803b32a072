package dk.sygesikring.application.letter;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored letters as the channels' handlers use them: a letter an outbox record names must exist (it is written
 * in the same transaction), and every status is taken under the letter's lock and only when it moves the letter on
 * ({@link Letter#reported}), so answers and reports arriving together, late or twice, each count once.
 */
@Singleton
public class StoredLetters {

    static final String WITHDRAWN = "Tilbagekaldt: forløbet ventede ikke længere på brevet";

    private final LetterStorePort letters;

    public StoredLetters(LetterStorePort letters) {
        this.letters = letters;
    }

    Letter load(UUID letterId) {
        return letters.load(letterId).orElseThrow(() -> missing(letterId));
    }

    Letter loadForUpdate(UUID letterId) {
        return letters.loadForUpdate(letterId).orElseThrow(() -> missing(letterId));
    }

    byte[] document(UUID letterId) {
        return letters.document(letterId).orElseThrow(() -> missing(letterId));
    }

    void update(Letter letter) {
        letters.update(letter);
    }

    /** The letter with the status its channel reported, if that moves it on; the letter as it is now. */
    Letter report(UUID letterId, LetterStatus status) {
        return reportIfKnown(letterId, status).orElseThrow(() -> missing(letterId));
    }

    /** As {@link #report}, for a report from outside that may name no letter of this service: empty then. */
    Optional<Letter> reportIfKnown(UUID letterId, LetterStatus status) {
        return letters.loadForUpdate(letterId).map(letter -> stored(letter, letter.reported(status)));
    }

    /**
     * Not sent after all: its forløb no longer waits for it (cancelled, the activity closed), or the letter went
     * another way. A letter that has not left is withdrawn (LET-5).
     */
    Delivery withdraw(UUID letterId, Instant now) {
        Letter letter = loadForUpdate(letterId);
        stored(letter, letter.withdrawn(now));
        return new Delivery.Withdrawn(WITHDRAWN);
    }

    /** {@code after}, its new statuses stored if it has any. */
    private Letter stored(Letter before, Letter after) {
        if (!after.equals(before)) {
            letters.update(after);
        }
        return after;
    }

    private static IllegalStateException missing(UUID letterId) {
        return new IllegalStateException("no stored letter " + letterId + ", though an outbox record names it");
    }
}
