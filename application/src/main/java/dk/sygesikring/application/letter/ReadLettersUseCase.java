package dk.sygesikring.application.letter;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.result.Outcome;
import java.util.List;
import java.util.UUID;

/**
 * Reading letters with their delivery status (LET-6), per forløb, per person (LET-2: to them or about them) and one
 * by one, with the PDF each channel got. A caseworker reads the letters of their own municipality's forløb (ROLE-2:
 * letters are details), a citizen those to or about themselves and the persons they act for (ROLE-4, ROLE-5).
 */
public interface ReadLettersUseCase {

    /** The forløb's letters, oldest first, for those who see its details. */
    Outcome<List<Letter>> ofForloeb(Actor reader, ForloebId forloebId);

    /** One page of the person's letters, newest first. */
    Outcome<LetterPage> ofPerson(LettersOfPersonQuery query);

    /** The letter with its whole status history; {@code letter-not-found} for an id no letter has. */
    Outcome<Letter> read(Actor reader, UUID letterId);

    /** The letter's PDF, byte for byte as its channel got it. */
    Outcome<LetterDocument> document(Actor reader, UUID letterId);
}
