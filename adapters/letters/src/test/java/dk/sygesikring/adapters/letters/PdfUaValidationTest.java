package dk.sygesikring.adapters.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.card.TemporaryCardLetter;
import dk.sygesikring.application.letter.template.LetterTemplates;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.HealthCard.CardDoctor;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * LET-6 checked by a real validator: letters rendered by {@link PdfLetterRenderer} are validated with veraPDF
 * against PDF/UA-1 (ISO 14289-1), the standard for PDFs that assistive technology can read. veraPDF's profile covers
 * the machine-checkable part of PDF/UA (structure, tags, fonts, metadata, language); whether the reading order and
 * wording make sense still takes a human. A failing letter lists every broken rule, so the fix can start from it.
 */
class PdfUaValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    @BeforeAll
    static void registerVeraPdf() {
        // veraPDF's own PDF parser and model ("greenfield"), which needs no PDFBox of its own
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    @DisplayName("LET-6 (PDF/UA-1) a short one-page letter passes veraPDF's PDF/UA-1 profile")
    void LET6_a_short_letter_is_pdf_ua() {
        assertPdfUa(new LetterText("Kvittering for dit lægevalg", TODAY, List.of("Kære Søren Østergaard",
                "Du har valgt læge 050208, Lægehuset Kastanievej, fra 1. december 2026.",
                "Med venlig hilsen\nKøbenhavns Kommune, Borgerservice")));
    }

    @Test
    @DisplayName("LET-6 (PDF/UA-1) a letter of several pages, long Danish words and æøå, passes veraPDF's PDF/UA-1 profile")
    void LET6_a_letter_of_several_pages_is_pdf_ua() throws IOException {
        String longWords = "Sundhedskortbestillingsbekræftelsen og sygesikringsbevisudstedelsesproceduren gælder også "
                + "for børnefamilier på Ærø, i Øster Løgumgård og på Åbenrå Rådhusplads; særlige afgørelser "
                + "om lægeskift træffes af Borgerservice i Aabenraa. ";
        List<String> paragraphs = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> "Afsnit " + n + ". " + longWords.repeat(3).strip())
                .toList();
        LetterText letter = new LetterText("Orientering om ændringer i din sygesikring og dine sundhedskortsoplysninger",
                TODAY, paragraphs);

        byte[] pdf = renderer.renderPdf(letter);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).as("the letter spans more than one page").isGreaterThan(1);
        }
        assertPdfUa(pdf);
    }

    @Test
    @DisplayName("LET-6 (PDF/UA-1) a letter of many short paragraphs passes veraPDF's PDF/UA-1 profile")
    void LET6_a_letter_of_many_paragraphs_is_pdf_ua() {
        List<String> paragraphs = IntStream.rangeClosed(1, 120).mapToObj(n -> "Punkt " + n + ": ét kort afsnit.").toList();
        assertPdfUa(new LetterText("Mange afsnit", TODAY, paragraphs));
    }

    @Test
    @DisplayName("LET-6 (PDF/UA-1) a letter of only date and title passes veraPDF's PDF/UA-1 profile")
    void LET6_a_letter_without_paragraphs_is_pdf_ua() {
        assertPdfUa(new LetterText("Kun en titel", TODAY, List.of()));
    }

    @Test
    @DisplayName("LET-6 (PDF/UA-1) the temporary health card, as the application writes it, passes veraPDF's PDF/UA-1 profile")
    void LET6_the_temporary_card_is_pdf_ua() {
        // the real text of the temporary card (CARD-4): TemporaryCardLetter is public in the application
        HealthCard card = new HealthCard(Cpr.of("0101801231"), "Søren Østergaard Ærbø", "Nørregade 12, 2. tv, 1165 København K",
                Sikringsgruppe.GROUP_1, Optional.of(new CardDoctor(ProviderNumber.of("050208"), "Lægehuset Kastanievej",
                        "Kastanievej 3, 1876 Frederiksberg C")), LocalDate.of(2026, 12, 1));
        assertPdfUa(TemporaryCardLetter.of(card, MunicipalityCode.of("101"), TODAY));
    }

    // every template rendered with its samples, the dispensation application and the rejection (DOC-4) among them,
    // whose writers are package-private in the application and whose samples are those letters' words
    @ParameterizedTest(name = "{0}")
    @EnumSource(LetterKind.class)
    @DisplayName("LET-6 LET-8 (PDF/UA-1) the sample of every letter template, as administrators see it, passes veraPDF's PDF/UA-1 profile")
    void LET8_every_template_sample_is_pdf_ua(LetterKind kind) {
        assertPdfUa(LetterTemplates.of(kind).sample(TODAY));
    }

    @Test
    @DisplayName("LET-6 (PDF/UA-1) the check can fail: an untagged PDF with text is reported not PDF/UA-1 compliant")
    void LET6_an_untagged_pdf_is_not_pdf_ua() throws IOException {
        ValidationResult result = validate(untaggedPdf());

        assertThat(result.isCompliant()).as("an untagged PDF is PDF/UA-1 compliant").isFalse();
        assertThat(result.getFailedChecks().keySet()).extracting(id -> id.getClause() + "/" + id.getTestNumber())
                .as("failed rules, among them no Marked (6.2/1), untagged content (7.1/3), no structure tree (7.1/11), "
                        + "no language (7.2/34); in full:%n%s", failedRules(result))
                .contains("6.2/1", "7.1/3", "7.1/11", "7.2/34");
    }

    private void assertPdfUa(LetterText letter) {
        assertPdfUa(renderer.renderPdf(letter));
    }

    private static void assertPdfUa(byte[] pdf) {
        ValidationResult result = validate(pdf);
        assertThat(result.isCompliant()).withFailMessage(() -> "the letter is not PDF/UA-1 compliant; veraPDF's failed rules:\n"
                + failedRules(result)).isTrue();
    }

    /** Each failed rule: clause, test number, what it demands and how many times it failed. */
    private static String failedRules(ValidationResult result) {
        Map<RuleId, Integer> failed = result.getFailedChecks();
        return failed.entrySet().stream().map(entry -> {
            RuleId id = entry.getKey();
            Rule rule = result.getValidationProfile().getRuleByRuleId(id);
            return "  ISO 14289-1 clause %s, test %d: %s (checks failed: %d)".formatted(id.getClause(), id.getTestNumber(),
                    rule == null ? "?" : rule.getDescription(), entry.getValue());
        }).sorted().collect(Collectors.joining("\n"));
    }

    private static ValidationResult validate(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            return validator.validate(parser);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF", e);
        }
    }

    /** A page of text as PDFBox writes it by default: embedded font, but no tags, no language, no metadata. */
    private static byte[] untaggedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(LetterLayout.PAGE);
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf, PdfUaValidationTest.class.getResourceAsStream(LetterFont.RESOURCE));
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setTextMatrix(Matrix.getTranslateInstance(LetterLayout.MARGIN, 700));
                content.showText("Kære Søren Østergaard, dette brev har ingen struktur.");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
