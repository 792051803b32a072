package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The texts of the letters a doctor choice sends (DOC-4), in Danish. */
final class DoctorChoiceLetters {

    private DoctorChoiceLetters() {
    }

    /** To the practice: may these persons be registered although it is closed? */
    static LetterText dispensationApplication(DoctorChoice choice, LocalDate today) {
        LocalDate answerBy = ((DoctorChoiceState.AwaitingDispensation) choice.state()).answerBy();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Kommune " + choice.municipality().value() + " søger om dispensation, så følgende "
                + (choice.persons().size() == 1 ? "person" : "personer") + " kan blive tilmeldt praksis med ydernummer "
                + choice.providerNumber().value() + ", selv om praksis er lukket for tilgang: " + cprs(choice) + ".");
        paragraphs.add("Lægevalget ønskes gyldigt fra " + choice.validFrom() + ".");
        paragraphs.add("Svar venligst senest " + answerBy + ". Har kommunen ikke modtaget svar inden da, "
                + "betragtes ansøgningen som afslået.");
        paragraphs.add("Oplys forløbsnummer " + choice.forloebId().value() + " i svaret.");
        return new LetterText("Ansøgning om dispensation til tilgang af patient", today, paragraphs);
    }

    /** To the main person: the doctor said no, or did not answer in time. */
    static LetterText rejection(DoctorChoice choice, LocalDate today) {
        boolean silent = choice.state() instanceof DoctorChoiceState.Rejected rejected && rejected.silent();
        return new LetterText("Afslag på lægevalg", today, List.of(
                "Lægevalget af praksis med ydernummer " + choice.providerNumber().value() + " for " + cprs(choice)
                        + " er ikke godkendt, fordi " + (silent
                        ? "lægen ikke har svaret på ansøgningen om dispensation inden for svarfristen."
                        : "lægen har afvist ansøgningen om dispensation."),
                "Du beholder din nuværende læge. Du kan vælge en anden læge, der er åben for tilgang, "
                        + "på borger.dk eller ved at kontakte kommunen."));
    }

    private static String cprs(DoctorChoice choice) {
        return choice.persons().stream().map(ChosenPerson::cpr).map(Cpr::value).collect(Collectors.joining(", "));
    }
}
