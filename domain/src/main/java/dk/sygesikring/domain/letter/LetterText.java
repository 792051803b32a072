package dk.sygesikring.domain.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a letter says, in Danish (LET-6), before it is rendered to PDF: a title, the date it is written and its
 * paragraphs. Who receives it and how it travels are decided by whoever sends it.
 */
public record LetterText(String title, LocalDate date, List<String> paragraphs) {

    public LetterText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        paragraphs = List.copyOf(paragraphs);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a letter has a title");
        }
    }
}
