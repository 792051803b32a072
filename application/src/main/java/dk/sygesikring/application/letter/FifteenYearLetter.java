package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Person;
import java.time.LocalDate;

/**
 * The letter to a 15-year-old (DOC-17, LET-1), from {@code letter-templates/fifteen-year.mustache}: from 15 they
 * choose their own doctor, free of charge, and how. It goes to the young person themselves (LET-4); when, is the
 * global configuration's letter delay after the birthday, which the caller's deadline keeps.
 */
public final class FifteenYearLetter {

    private FifteenYearLetter() {
    }

    /** @param person 15 or older on {@code today} */
    public static LetterText of(Person person, LocalDate today) {
        if (person.isUnderAgeOfOwnChoiceOn(today)) {
            throw new IllegalArgumentException("DOC-17: the letter goes to a person of " + Person.AGE_OF_OWN_CHOICE + " or more");
        }
        return LetterFields.create()
                .text("name", person.name())
                .date("birthday", person.birthDate().plusYears(Person.AGE_OF_OWN_CHOICE))
                .write(LetterKind.FIFTEEN_YEAR, today);
    }
}
