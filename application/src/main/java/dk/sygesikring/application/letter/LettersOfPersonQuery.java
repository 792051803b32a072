package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.LetterStorePort.Position;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a person's letters to read: at most {@code limit}, from just after {@code after} (where the page
 * before ended), or the newest when empty.
 */
public record LettersOfPersonQuery(Actor reader, Cpr cpr, Optional<Position> after, int limit) {

    public LettersOfPersonQuery {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one letter: " + limit);
        }
    }
}
