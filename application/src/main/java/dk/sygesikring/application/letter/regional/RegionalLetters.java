package dk.sygesikring.application.letter.regional;

import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.person.Cpr;
import java.util.List;
import java.util.Objects;

/** The letters the regions sent the person within the period (LET-7), newest first; empty when they sent none. */
public record RegionalLetters(Cpr cpr, RegionalLetterPeriod period, List<RegionalLetter> letters) {

    public RegionalLetters {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(period, "period");
        letters = List.copyOf(letters);
    }
}
