package dk.sygesikring.application.letter.regional;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.Objects;

/** Who asks for whose regional letters, sent from {@code from} to {@code to}, both Danish dates included (LET-7). */
public record LookUpRegionalLettersQuery(Actor reader, Cpr cpr, LocalDate from, LocalDate to) {

    public LookUpRegionalLettersQuery {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
