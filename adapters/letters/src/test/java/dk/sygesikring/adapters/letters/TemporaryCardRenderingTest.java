package dk.sygesikring.adapters.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.card.TemporaryCardLetter;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The temporary card (CARD-4) rendered as the letters are, and read back as a PDF reader or screen reader would. */
class TemporaryCardRenderingTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 3);
    private static final HealthCard GROUP_1 = new HealthCard(Cpr.of("0101801231"), "Søren Østergaard",
            "Nørregade 12, 2. tv, 1165 København K", Sikringsgruppe.GROUP_1,
            Optional.of(new HealthCard.CardDoctor(ProviderNumber.of("050208"), "Lægehuset Kastanievej",
                    "Kastanievej 4, 1876 Frederiksberg C")), LocalDate.of(2026, 12, 3));

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    @Test
    @DisplayName("CARD-4 the temporary card is one page in Danish: name, CPR number, address, group, the doctor in group 1, valid from, issued, and that it is temporary")
    void CARD4_the_card_reads_back_in_order() throws IOException {
        try (PDDocument pdf = render(TemporaryCardLetter.of(GROUP_1, MunicipalityCode.of("846"), ISSUED))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).startsWith("""
                    3. december 2026
                    Midlertidigt sundhedskort
                    Navn: Søren Østergaard
                    CPR-nummer: 010180-1231
                    Adresse: Nørregade 12, 2. tv, 1165 København K
                    Sikringsgruppe: 1
                    Læge: Lægehuset Kastanievej
                    Ydernummer: 050208
                    Lægens adresse: Kastanievej 4, 1876 Frederiksberg C
                    Gyldigt fra: 3. december 2026
                    Udstedt: 3. december 2026 af kommune 846
                    Kortet er midlertidigt.""").endsWith("Side 1 af 1\n");
            assertThat(text(pdf).replaceAll("\\s+", " ")).contains(TemporaryCardLetter.VALIDITY_TEXT);
        }
    }

    @Test
    @DisplayName("CARD-4 a group 2 card names no doctor")
    void CARD4_group_2_names_no_doctor() throws IOException {
        HealthCard group2 = new HealthCard(GROUP_1.cpr(), GROUP_1.name(), GROUP_1.address(), Sikringsgruppe.GROUP_2,
                Optional.empty(), GROUP_1.validFrom());
        try (PDDocument pdf = render(TemporaryCardLetter.of(group2, MunicipalityCode.of("101"), ISSUED))) {
            assertThat(text(pdf)).contains("Sikringsgruppe: 2\nGyldigt fra").doesNotContain("Læge", "Ydernummer");
        }
    }

    @Test
    @DisplayName("CARD-4 the temporary card is tagged like every letter (heading and paragraphs in reading order), in Danish, with its title and an embedded font")
    void CARD4_the_card_is_tagged() throws IOException {
        try (PDDocument pdf = render(TemporaryCardLetter.of(GROUP_1, MunicipalityCode.of("846"), ISSUED))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot().getKids().getFirst();
            assertThat(document.getStructureType()).isEqualTo("Document");
            assertThat(document.getKids()).map(kid -> ((PDStructureElement) kid).getStructureType())
                    .containsExactly("P", "H1", "P", "P", "P", "P");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Midlertidigt sundhedskort");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getCOSObject().containsKey("ToUnicode")).isTrue();
            });
        }
    }

    private PDDocument render(dk.sygesikring.domain.letter.LetterText letter) throws IOException {
        return Loader.loadPDF(renderer.renderPdf(letter));
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        return stripper.getText(pdf);
    }
}
