package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The temporary card as a letter (CARD-4), in Danish, one page: what the card shows (CARD-1), when it was issued and
 * by whom, and that it stands in for the card for a while. It names no period: none is a business parameter yet,
 * and the card holds until the person has their card again.
 */
public final class TemporaryCardLetter {

    public static final String TITLE = "Midlertidigt sundhedskort";
    public static final String VALIDITY_TEXT = "Kortet er midlertidigt. Det gælder i en begrænset periode i stedet for dit "
            + "sundhedskort, indtil du har modtaget dit sundhedskort. Kortet viser dine oplysninger, som de var "
            + "registreret den dag, det blev udstedt; ændres de, gælder kortet ikke længere.";

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.of("da", "DK"));

    private TemporaryCardLetter() {
    }

    /** @param issuer the municipality of the caseworker who issued it (ROLE-2) */
    public static LetterText of(HealthCard card, MunicipalityCode issuer, LocalDate issued) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Navn: " + card.name() + "\nCPR-nummer: " + withHyphen(card.cpr()) + "\nAdresse: " + card.address());
        StringBuilder insurance = new StringBuilder("Sikringsgruppe: " + card.group().number());
        card.doctor().ifPresent(doctor -> insurance.append("\nLæge: ").append(doctor.practiceName())
                .append("\nYdernummer: ").append(doctor.providerNumber().value())
                .append("\nLægens adresse: ").append(doctor.address()));
        paragraphs.add(insurance.toString());
        paragraphs.add("Gyldigt fra: " + DANISH_DATE.format(card.validFrom()) + "\nUdstedt: " + DANISH_DATE.format(issued)
                + " af kommune " + issuer.value());
        paragraphs.add(VALIDITY_TEXT);
        return new LetterText(TITLE, issued, paragraphs);
    }

    /** "010180-1231", as the card prints it. */
    private static String withHyphen(Cpr cpr) {
        return cpr.value().substring(0, 6) + "-" + cpr.value().substring(6);
    }
}
