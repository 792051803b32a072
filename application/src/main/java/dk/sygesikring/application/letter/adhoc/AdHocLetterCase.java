package dk.sygesikring.application.letter.adhoc;

import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.letter.Letter;
import java.util.Objects;

/** A caseworker's ad-hoc letter (LET-1) and its AD_HOC forløb, whose one SEND_LETTER activity sends it. */
public record AdHocLetterCase(Forloeb forloeb, Letter letter) {

    public AdHocLetterCase {
        Objects.requireNonNull(forloeb, "forloeb");
        Objects.requireNonNull(letter, "letter");
    }
}
