package dk.sygesikring.adapters.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Word wrapping with one unit per character and a column of ten: a helper of the PDF letters. It names no rule ID;
 * PdfLetterRendererTest proves LET-6 on the letters themselves.
 */
class LineBreakerTest {

    private final LineBreaker breaker = new LineBreaker(String::length, 10);

    @Test
    @DisplayName("words wrap between words and no line is wider than the column")
    void words_wrap_between_words() {
        assertThat(breaker.lines("Kære Sofie, din læge har nu lukket for tilgang"))
                .containsExactly("Kære", "Sofie, din", "læge har", "nu lukket", "for", "tilgang");
    }

    @Test
    @DisplayName("a word wider than the column is broken between characters")
    void a_word_wider_than_the_column_is_broken() {
        assertThat(breaker.lines("Sundhedskortbestilling er sendt"))
                .containsExactly("Sundhedsko", "rtbestilli", "ng er", "sendt");
    }

    @Test
    @DisplayName("line breaks in the text are kept and runs of spaces are one")
    void line_breaks_are_kept_and_spaces_collapse() {
        assertThat(breaker.lines("Med   venlig hilsen\n\nKøbenhavns Kommune"))
                .containsExactly("Med venlig", "hilsen", "", "Københavns", "Kommune");
    }

    @Test
    @DisplayName("an empty paragraph is one empty line")
    void an_empty_paragraph_is_one_empty_line() {
        assertThat(breaker.lines("")).containsExactly("");
    }
}
