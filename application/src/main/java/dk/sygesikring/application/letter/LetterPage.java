package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.LetterStorePort.Position;
import dk.sygesikring.domain.letter.Letter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of a person's letters, newest first, and where the next page starts; {@code next} is empty on the last
 * page, so a reader never asks for an empty one.
 */
public record LetterPage(List<Letter> letters, Optional<Position> next) {

    public LetterPage {
        letters = List.copyOf(letters);
        Objects.requireNonNull(next, "next");
    }

    /** The page of {@code limit} letters from what the store gave when asked for one more: that one says more follow. */
    static LetterPage of(List<Letter> oneMoreThanLimit, int limit) {
        if (oneMoreThanLimit.size() <= limit) {
            return new LetterPage(oneMoreThanLimit, Optional.empty());
        }
        List<Letter> page = oneMoreThanLimit.subList(0, limit);
        return new LetterPage(page, Optional.of(Position.of(page.getLast())));
    }
}
