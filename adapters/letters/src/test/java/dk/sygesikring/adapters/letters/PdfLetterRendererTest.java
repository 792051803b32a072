package dk.sygesikring.adapters.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.letter.LetterText;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Letters rendered to PDF and read back with PDFBox, as a PDF reader or a screen reader would. */
class PdfLetterRendererTest {

    private static final LetterText RECEIPT = new LetterText("Kvittering for dit lægevalg", LocalDate.of(2026, 11, 22),
            List.of("Kære Søren Østergaard", "Du har valgt læge 050208, Lægehuset Kastanievej, fra 1. december 2026.",
                    "Med venlig hilsen\nKøbenhavns Kommune, Borgerservice"));

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    @Test
    @DisplayName("LET-6 the letter reads back as date in Danish, title and paragraphs in order, æøå included")
    void LET6_the_letter_reads_back_in_order_with_danish_letters() throws IOException {
        try (PDDocument pdf = render(RECEIPT)) {
            assertThat(text(pdf)).isEqualTo("""
                    22. november 2026
                    Kvittering for dit lægevalg
                    Kære Søren Østergaard
                    Du har valgt læge 050208, Lægehuset Kastanievej, fra 1. december 2026.
                    Med venlig hilsen
                    Københavns Kommune, Borgerservice
                    Side 1 af 1
                    """);
        }
    }

    @Test
    @DisplayName("LET-6 the date is written the Danish way")
    void LET6_the_date_is_written_the_danish_way() {
        assertThat(PdfLetterRenderer.danishDate(LocalDate.of(2026, 11, 22))).isEqualTo("22. november 2026");
        assertThat(PdfLetterRenderer.danishDate(LocalDate.of(2027, 2, 1))).isEqualTo("1. februar 2027");
    }

    @Test
    @DisplayName("LET-6 language da-DK, the title in the document information and metadata, and shown as the window title")
    void LET6_language_and_title_are_set() throws IOException {
        try (PDDocument pdf = render(RECEIPT)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kvittering for dit lægevalg");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">Kvittering for dit lægevalg</rdf:li>")
                    .contains("<rdf:li>da-DK</rdf:li>");
        }
    }

    @Test
    @DisplayName("LET-6 every font is embedded and maps its glyphs back to Unicode")
    void LET6_every_font_is_embedded() throws IOException {
        try (PDDocument pdf = render(RECEIPT)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getCOSObject().containsKey("ToUnicode")).as("%s has a ToUnicode map", font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }

    @Test
    @DisplayName("LET-6 a one-page letter stays small: only the glyphs it uses are embedded")
    void LET6_a_one_page_letter_stays_small() {
        assertThat(renderer.renderPdf(RECEIPT).length).isLessThan(30_000);
    }

    @Test
    @DisplayName("LET-6 a long letter continues on further pages, every word in order and each page numbered")
    void LET6_a_long_letter_continues_on_further_pages() throws IOException {
        List<String> paragraphs = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> "Afsnit " + n + ": " + "Når du skifter læge, får hele familien besked. ".repeat(6).strip())
                .toList();
        LetterText longLetter = new LetterText("Et langt brev", LocalDate.of(2026, 11, 22), paragraphs);

        try (PDDocument pdf = render(longLetter)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isBetween(4, 8);
            String text = text(pdf);
            assertThat(words(text.replaceAll("Side \\d+ af \\d+\\n", "")))
                    .containsExactlyElementsOf(words("22. november 2026 Et langt brev " + String.join(" ", paragraphs)));
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Side " + page + " af " + pages);
            }
        }
    }

    @Test
    @DisplayName("LET-6 paragraphs wrap inside the margins of an A4 page")
    void LET6_paragraphs_wrap_inside_the_margins() throws IOException {
        LetterText wide = new LetterText("Bred tekst", LocalDate.of(2026, 11, 22), List.of(
                "Ord ".repeat(200), "Sundhedskortbestillingsbekræftelsesbrevsafsnitsoverskriftsformuleringsvejledningerne"
                        + "ersåfuldstændigtoverdrevnelangeatdeikkekanståpåénlinje"));

        try (PDDocument pdf = render(wide)) {
            List<TextPosition> glyphs = glyphs(pdf);
            assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
                assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(LetterLayout.MARGIN - 0.5f);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
                        .isLessThanOrEqualTo(LetterLayout.PAGE.getWidth() - LetterLayout.MARGIN + 0.5f);
            });
            assertThat(text(pdf).lines().filter(line -> line.startsWith("Ord")).count()).isGreaterThan(5);
        }
    }

    @Test
    @DisplayName("LET-6 the letter is tagged: a heading and paragraphs in reading order, tied to the content on each page")
    void LET6_the_letter_is_tagged() throws IOException {
        List<String> paragraphs = IntStream.rangeClosed(1, 30).mapToObj(n -> "Afsnit " + n + " om lægevalg. ".repeat(12)).toList();
        LetterText letter = new LetterText("Brev med struktur", LocalDate.of(2026, 11, 22), paragraphs);

        try (PDDocument pdf = render(letter)) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            PDStructureElement document = (PDStructureElement) root.getKids().getFirst();
            assertThat(document.getStructureType()).isEqualTo("Document");
            List<PDStructureElement> elements = document.getKids().stream().map(PDStructureElement.class::cast).toList();
            assertThat(elements).extracting(PDStructureElement::getStructureType)
                    .containsExactlyElementsOf(concat(List.of("P", "H1"), paragraphs.stream().map(p -> "P").toList()));

            List<String> expected = concat(List.of("22. november 2026", "Brev med struktur"), paragraphs);
            boolean aParagraphSpansTwoPages = false;
            for (int i = 0; i < elements.size(); i++) {
                List<PDMarkedContentReference> references = elements.get(i).getKids().stream()
                        .map(PDMarkedContentReference.class::cast).toList();
                aParagraphSpansTwoPages |= references.size() > 1;
                StringBuilder tagged = new StringBuilder();
                for (PDMarkedContentReference reference : references) {
                    tagged.append(markedText(reference.getPage(), reference.getMCID()));
                    assertThat(parentOf(root, reference)).as("the parent tree leads back to the element")
                            .isSameAs(elements.get(i).getCOSObject());
                }
                assertThat(withoutSpaces(tagged.toString())).isEqualTo(withoutSpaces(expected.get(i)));
            }
            assertThat(aParagraphSpansTwoPages).as("some paragraph continues on the next page").isTrue();
        }
    }

    @Test
    @DisplayName("LET-6 page numbers are artifacts, outside the structure a screen reader reads")
    void LET6_page_numbers_are_artifacts() throws IOException {
        try (PDDocument pdf = render(RECEIPT)) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(pdf.getPage(0));
            assertThat(extractor.getMarkedContents()).filteredOn(content -> content.getTag().equals("Artifact"))
                    .singleElement().satisfies(artifact -> assertThat(text(artifact)).isEqualTo("Side 1 af 1"));
        }
    }

    @Test
    @DisplayName("LET-6 a character the font cannot print becomes a question mark instead of failing the letter")
    void LET6_a_character_without_a_glyph_becomes_a_question_mark() throws IOException {
        LetterText letter = new LetterText("Tak for din henvendelse \uD83D\uDE00", LocalDate.of(2026, 11, 22),
                List.of("Med\tvenlig hilsen \u4F60\u597D"));

        try (PDDocument pdf = render(letter)) {
            assertThat(text(pdf)).contains("Tak for din henvendelse ?").contains("Med venlig hilsen ??");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(letter.title());
        }
    }

    @Test
    @DisplayName("LET-6 a letter with no paragraphs is one page with date and title")
    void LET6_a_letter_with_no_paragraphs_is_one_page() throws IOException {
        try (PDDocument pdf = render(new LetterText("Kun en titel", LocalDate.of(2026, 1, 5), List.of()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).isEqualTo("5. januar 2026\nKun en titel\nSide 1 af 1\n");
        }
    }

    private PDDocument render(LetterText letter) throws IOException {
        byte[] bytes = renderer.renderPdf(letter);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return Loader.loadPDF(bytes);
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        return stripper.getText(pdf);
    }

    private static List<TextPosition> glyphs(PDDocument pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        collector.getText(pdf);
        return glyphs;
    }

    private static String markedText(PDPage page, int markedContentId) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        return extractor.getMarkedContents().stream()
                .filter(content -> content.getMCID() == markedContentId)
                .map(PdfLetterRendererTest::text)
                .findFirst().orElseThrow(() -> new AssertionError("no marked content " + markedContentId));
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            }
        }
        return text.toString();
    }

    /** The element the parent tree names for this marked content: key StructParents of the page, index the id. */
    private static COSBase parentOf(PDStructureTreeRoot root, PDMarkedContentReference reference) {
        COSArray numbers = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE).getCOSArray(COSName.NUMS);
        for (int i = 0; i < numbers.size(); i += 2) {
            if (numbers.getInt(i) == reference.getPage().getStructParents()) {
                return ((COSArray) numbers.getObject(i + 1)).getObject(reference.getMCID());
            }
        }
        return null;
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
