package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.List;
import java.util.Objects;

/**
 * A letter as its flow writes it, before it is routed and rendered (LET-1, LET-2).
 *
 * @param about          the persons the letter names (LET-2: a family's doctor choice, one letter naming each)
 * @param ifNotDelivered what follows when no channel can deliver it
 */
public record LetterDraft(LetterKind kind, Addressee to, List<Cpr> about, LetterText text, IfNotDelivered ifNotDelivered) {

    public LetterDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        about = List.copyOf(about);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ifNotDelivered, "ifNotDelivered");
    }

    /** To the person concerned (LET-4), about {@code about}; physical mail when Digital Post cannot deliver it. */
    public static LetterDraft toPerson(LetterKind kind, Cpr to, List<Cpr> about, LetterText text) {
        return new LetterDraft(kind, new Addressee.Person(to), about, text, IfNotDelivered.PHYSICAL_MAIL);
    }

    /** To a practice (DOC-4), about {@code about}. */
    public static LetterDraft toPractice(LetterKind kind, ProviderNumber to, List<Cpr> about, LetterText text) {
        return new LetterDraft(kind, new Addressee.Practice(to), about, text, IfNotDelivered.PHYSICAL_MAIL);
    }

    public LetterDraft ifNotDelivered(IfNotDelivered then) {
        return new LetterDraft(kind, to, about, text, then);
    }
}
