package dk.sygesikring.application.letter;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
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
        Letter letter = loadForUpdate(letterId);
        Letter reported = letter.reported(status);
        if (!reported.equals(letter)) {
            letters.update(reported);
        }
        return reported;
    }

    /**
     * Not sent after all: its forløb no longer waits for it (cancelled, the activity closed), or the letter went
     * another way. A letter that has not left is withdrawn (LET-5).
     */
    Delivery withdraw(UUID letterId, Instant now) {
        Letter letter = loadForUpdate(letterId);
        Letter withdrawn = letter.withdrawn(now);
        if (!withdrawn.equals(letter)) {
            letters.update(withdrawn);
        }
        return new Delivery.Withdrawn(WITHDRAWN);
    }

    private static IllegalStateException missing(UUID letterId) {
        return new IllegalStateException("no stored letter " + letterId + ", though an outbox record names it");
    }
}
