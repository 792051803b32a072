package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterTemplate;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.result.Outcome;
import java.util.List;

/** The letter templates in the configuration, for administrators (LET-8). */
public interface ReadLetterTemplatesUseCase {

    /** Every template, one per kind of letter. */
    Outcome<List<LetterTemplate>> templates(Actor reader);

    /** The template of the kind named (a {@code LetterKind}, e.g. {@code DOCTOR_CHOICE_RECEIPT}). */
    Outcome<LetterTemplate> template(Actor reader, String kind);

    /** The template rendered with its samples, as the PDF a person would get, dated today. */
    Outcome<byte[]> samplePdf(Actor reader, String kind);
}
