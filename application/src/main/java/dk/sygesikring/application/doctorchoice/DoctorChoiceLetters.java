package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.List;

/**
 * The letters a doctor choice sends (DOC-4), written from their templates (LET-8,
 * {@code letter-templates/dispensation-application.mustache} and {@code dispensation-rejection.mustache}).
 */
final class DoctorChoiceLetters {

    private DoctorChoiceLetters() {
    }

    /** To the practice: may these persons be registered although it is closed? */
    static LetterText dispensationApplication(DoctorChoice choice, LocalDate today) {
        LocalDate answerBy = ((DoctorChoiceState.AwaitingDispensation) choice.state()).answerBy();
        return LetterFields.create()
                .text("municipalityCode", choice.municipality().value())
                .flag("severalPersons", choice.persons().size() > 1)
                .text("providerNumber", choice.providerNumber().value())
                .list("cprNumbers", cprs(choice))
                .text("validFrom", choice.validFrom().toString())
                .text("answerBy", answerBy.toString())
                .text("forloebId", choice.forloebId().value().toString())
                .write(LetterKind.DISPENSATION_APPLICATION, today);
    }

    /** To the main person: the doctor said no, or did not answer in time. */
    static LetterText rejection(DoctorChoice choice, LocalDate today) {
        return LetterFields.create()
                .text("providerNumber", choice.providerNumber().value())
                .list("cprNumbers", cprs(choice))
                .flag("silent", choice.state() instanceof DoctorChoiceState.Rejected rejected && rejected.silent())
                .write(LetterKind.DISPENSATION_REJECTION, today);
    }

    private static List<String> cprs(DoctorChoice choice) {
        return choice.persons().stream().map(ChosenPerson::cpr).map(Cpr::value).toList();
    }
}
