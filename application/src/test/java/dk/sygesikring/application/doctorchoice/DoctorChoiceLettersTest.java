package dk.sygesikring.application.doctorchoice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.doctorchoice.Availability;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DOC-4's letters written from their templates (LET-8) say, word for word, what they said when they were put
 * together in code: the practices and citizens get the same letters as before.
 */
class DoctorChoiceLettersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final ForloebId FORLOEB = ForloebId.of("3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d");

    @Test
    @DisplayName("DOC-4 the dispensation application to a closed practice for three persons, as before")
    void DOC4_the_application_for_several_persons() {
        LetterText letter = DoctorChoiceLetters.dispensationApplication(
                choice(new DoctorChoiceState.AwaitingDispensation(LocalDate.of(2026, 12, 6)), "0101801231", "0202852342", "0303104453"),
                TODAY);

        assertThat(letter).isEqualTo(new LetterText("Ansøgning om dispensation til tilgang af patient", TODAY, List.of(
                "Kommune 101 søger om dispensation, så følgende personer kan blive tilmeldt praksis med ydernummer "
                        + "050208, selv om praksis er lukket for tilgang: 0101801231, 0202852342, 0303104453.",
                "Lægevalget ønskes gyldigt fra 2026-12-01.",
                "Svar venligst senest 2026-12-06. Har kommunen ikke modtaget svar inden da, "
                        + "betragtes ansøgningen som afslået.",
                "Oplys forløbsnummer 3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d i svaret.")));
    }

    @Test
    @DisplayName("DOC-4 the dispensation application for one person says \"person\"")
    void DOC4_the_application_for_one_person() {
        LetterText letter = DoctorChoiceLetters.dispensationApplication(
                choice(new DoctorChoiceState.AwaitingDispensation(LocalDate.of(2026, 12, 6)), "0101801231"), TODAY);

        assertThat(letter.paragraphs().getFirst()).isEqualTo("Kommune 101 søger om dispensation, så følgende person kan blive "
                + "tilmeldt praksis med ydernummer 050208, selv om praksis er lukket for tilgang: 0101801231.");
    }

    @Test
    @DisplayName("DOC-4 the rejection letter after the doctor's no, as before")
    void DOC4_the_rejection_after_a_no() {
        LetterText letter = DoctorChoiceLetters.rejection(choice(rejected(false), "0101801231", "0202852342"), TODAY);

        assertThat(letter).isEqualTo(new LetterText("Afslag på lægevalg", TODAY, List.of(
                "Lægevalget af praksis med ydernummer 050208 for 0101801231, 0202852342 er ikke godkendt, fordi lægen har "
                        + "afvist ansøgningen om dispensation.",
                "Du beholder din nuværende læge. Du kan vælge en anden læge, der er åben for tilgang, "
                        + "på borger.dk eller ved at kontakte kommunen.")));
    }

    @Test
    @DisplayName("DOC-4 the rejection letter after the doctor's silence names the missed answer, as before")
    void DOC4_the_rejection_after_silence() {
        LetterText letter = DoctorChoiceLetters.rejection(choice(rejected(true), "0101801231"), TODAY);

        assertThat(letter.paragraphs().getFirst()).isEqualTo("Lægevalget af praksis med ydernummer 050208 for 0101801231 er "
                + "ikke godkendt, fordi lægen ikke har svaret på ansøgningen om dispensation inden for svarfristen.");
    }

    private static DoctorChoiceState rejected(boolean silent) {
        return new DoctorChoiceState.Rejected(Instant.parse("2026-12-06T23:00:00Z"), Creator.system("test"), silent);
    }

    private static DoctorChoice choice(DoctorChoiceState state, String... cprs) {
        List<ChosenPerson> persons = java.util.Arrays.stream(cprs).map(cpr -> new ChosenPerson(Cpr.of(cpr), new Consent.Yes(),
                Availability.needsDispensation("DOC-4", "closed"))).toList();
        return new DoctorChoice(FORLOEB, MunicipalityCode.of("101"), ProviderNumber.of("050208"), LocalDate.of(2026, 12, 1),
                ChoiceReason.SELF_CHOSEN, persons, false, TODAY, state);
    }
}
