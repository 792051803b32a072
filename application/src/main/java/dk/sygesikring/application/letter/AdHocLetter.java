package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.Municipality;
import java.time.LocalDate;
import java.util.List;

/**
 * A caseworker's own letter (LET-1), from the standard template ({@code letter-templates/ad-hoc.mustache}): their
 * title and paragraphs, signed by the municipality. There is one standard template; none is saved as a favourite.
 */
public final class AdHocLetter {

    private AdHocLetter() {
    }

    /**
     * @param paragraphs the caseworker's paragraphs, in order, at least one; each is printed as written
     * @param sender     the caseworker's municipality
     */
    public static LetterText of(String title, List<String> paragraphs, Municipality sender, LocalDate today) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an ad-hoc letter has a title");
        }
        if (paragraphs.isEmpty() || paragraphs.stream().anyMatch(paragraph -> paragraph == null || paragraph.isBlank())) {
            throw new IllegalArgumentException("an ad-hoc letter has paragraphs, none of them empty");
        }
        return LetterFields.create()
                .text("title", title.strip())
                .list("paragraphs", paragraphs.stream().map(String::strip).toList())
                .text("municipality", sender.name())
                .write(LetterKind.AD_HOC, today);
    }
}
