package dk.sygesikring.application.card;

import dk.sygesikring.application.letter.template.LetterFields;
import dk.sygesikring.application.letter.template.LetterTemplates;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.HealthCard.CardDoctor;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.LocalDate;

/**
 * The temporary card as a letter (CARD-4), written from its template ({@code letter-templates/temporary-card.mustache},
 * LET-8): what the card shows (CARD-1), when it was issued and by whom, and that it stands in for the card for a
 * while. It names no period: none is a business parameter yet, and the card holds until the person has their card
 * again.
 */
public final class TemporaryCardLetter {

    /** The title, as the template writes it. */
    public static final String TITLE = LetterTemplates.of(LetterKind.TEMPORARY_CARD).title();
    /** The last paragraph, the same on every card: the template's own words, with no field in them. */
    public static final String VALIDITY_TEXT = LetterTemplates.of(LetterKind.TEMPORARY_CARD)
            .sample(LocalDate.EPOCH).paragraphs().getLast();

    private TemporaryCardLetter() {
    }

    /** @param issuer the municipality of the caseworker who issued it (ROLE-2) */
    public static LetterText of(HealthCard card, MunicipalityCode issuer, LocalDate issued) {
        return LetterFields.create()
                .text("name", card.name())
                .text("cpr", LetterFields.withHyphen(card.cpr()))
                .text("address", card.address())
                .text("group", String.valueOf(card.group().number()))
                .optionalText("practiceName", card.doctor().map(CardDoctor::practiceName))
                .optionalText("providerNumber", card.doctor().map(doctor -> doctor.providerNumber().value()))
                .optionalText("practiceAddress", card.doctor().map(CardDoctor::address))
                .date("validFrom", card.validFrom())
                .date("issued", issued)
                .text("issuer", issuer.value())
                .write(LetterKind.TEMPORARY_CARD, issued);
    }
}
