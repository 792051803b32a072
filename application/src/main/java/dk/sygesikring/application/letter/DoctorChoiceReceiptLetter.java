package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The receipt of a doctor choice (LET-1, LET-2), from {@code letter-templates/doctor-choice-receipt.mustache}: one
 * letter to the forløb's main person naming every person of the choice, the doctor's provider number, the practice's
 * name and address when the register has them, and the day the choice holds from. A mother choosing for herself and
 * two children gets this one letter; their cards get no receipt of their own.
 */
public final class DoctorChoiceReceiptLetter {

    private DoctorChoiceReceiptLetter() {
    }

    /**
     * @param persons the choice's persons as the register holds them (their names), exactly those of the choice
     * @param doctor  the chosen practitioner, if the register has it; its provider number is the choice's
     */
    public static LetterText of(DoctorChoice choice, List<Person> persons, Optional<Practitioner> doctor, LocalDate today) {
        doctor.filter(practitioner -> !practitioner.providerNumber().equals(choice.providerNumber())).ifPresent(other -> {
            throw new IllegalArgumentException("the receipt of a choice of " + choice.providerNumber().value()
                    + " names the practitioner " + other.providerNumber().value());
        });
        return LetterFields.create()
                .list("persons", PersonLines.of(choice.persons().stream().map(ChosenPerson::cpr).toList(), persons))
                .date("validFrom", choice.validFrom())
                .text("providerNumber", choice.providerNumber().value())
                .optionalText("practiceName", doctor.map(Practitioner::practiceName))
                .optionalText("practiceAddress", doctor.map(practitioner -> practitioner.address().display()))
                .write(LetterKind.DOCTOR_CHOICE_RECEIPT, today);
    }
}
