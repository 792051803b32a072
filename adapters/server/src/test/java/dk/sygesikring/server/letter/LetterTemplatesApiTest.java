package dk.sygesikring.server.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.application.letter.template.LetterTemplates;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The letter templates in the configuration over HTTP (LET-8): administrators read each template, its fields and its
 * text, and open a sample rendered by the service's own PDF renderer. Reads only; no data of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterTemplatesApiTest {

    private static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.of("da", "DK"));

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject java.time.Clock clock;
    ApiClient api;

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
    }

    @Test
    @DisplayName("LET-8 a municipal administrator lists the template of every kind of letter (LET-1) with its title, description and fields")
    void LET8_every_template_is_listed() {
        JsonPath listed = api.as(administrator()).get("/letter-templates").then().statusCode(200).extract().jsonPath();

        assertThat(listed.getList("kind")).containsExactly(Arrays.stream(LetterKind.values()).map(Enum::name).toArray());
        assertThat(listed.getList("title")).contains("Kvittering for lægevalg", "Kvittering for bestilling af sundhedskort",
                "Kvittering for skift af sikringsgruppe", "Afslag på lægevalg", "Midlertidigt sundhedskort",
                "Du kan nu selv vælge din læge", "Ansøgning om dispensation til tilgang af patient", "{{title}}");
        assertThat(listed.getList("description", String.class)).allSatisfy(description -> assertThat(description).isNotBlank());
        assertThat(listed.getList("find { it.kind == 'DOCTOR_CHOICE_RECEIPT' }.fields.name"))
                .containsExactly("persons", "validFrom", "providerNumber", "practiceName", "practiceAddress");
        assertThat(listed.getString("find { it.kind == 'DOCTOR_CHOICE_RECEIPT' }.fields.find { it.name == 'persons' }.type"))
                .isEqualTo("LIST");
        assertThat(listed.getList("find { it.kind == 'DISPENSATION_REJECTION' }.fields.find { it.name == 'silent' }.sample"))
                .containsExactly("true");
    }

    @Test
    @DisplayName("LET-8 one template with its text as written, the very text its letters are written from; the system reads it too")
    void LET8_one_template_with_its_text() {
        JsonPath template = api.as(tokens.system()).get("/letter-templates/{kind}", "TEMPORARY_CARD")
                .then().statusCode(200).extract().jsonPath();

        assertThat(template.getString("kind")).isEqualTo("TEMPORARY_CARD");
        assertThat(template.getString("text")).isEqualTo(LetterTemplates.of(LetterKind.TEMPORARY_CARD).text())
                .startsWith("Midlertidigt sundhedskort\n\nNavn: {{name}}\nCPR-nummer: {{cpr}}\n")
                .contains("{{#practiceName}}\nLæge: {{practiceName}}");
        assertThat(template.getList("fields.name")).contains("name", "cpr", "practiceName", "issuer");
    }

    @Test
    @DisplayName("LET-8 LET-6 the sample of the doctor-choice receipt is a tagged Danish PDF of today with the template's sample values")
    void LET8_the_sample_pdf() throws IOException {
        Response sample = sample(administrator(), "DOCTOR_CHOICE_RECEIPT");
        sample.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"brevskabelon-doctor-choice-receipt.pdf\"")
                .header("Cache-Control", "no-store");

        try (PDDocument pdf = Loader.loadPDF(sample.asByteArray())) {
            assertThat(text(pdf)).startsWith(DANISH_DATE.format(LocalDate.now(clock))
                    + "\nKvittering for lægevalg\nLægevalget er registreret. Fra 1. december 2026 er følgende tilmeldt den nye læge:\n"
                    + "Sofie Nørgaard, CPR-nummer 220785-9902\nIda Nørgaard, CPR-nummer 100614-9904\n"
                    + "Ydernummer: 050208\nLæge: Lægehuset Kastanievej\nAdresse: Kastanievej 3, 1876 Frederiksberg C\n");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kvittering for lægevalg");
        }
    }

    @Test
    @DisplayName("LET-8 every kind of letter has a sample PDF that reads back with its title")
    void LET8_every_kind_has_a_sample() throws IOException {
        for (LetterKind kind : LetterKind.values()) {
            Response sample = sample(tokens.system(), kind.name());
            sample.then().statusCode(200).contentType("application/pdf");
            try (PDDocument pdf = Loader.loadPDF(sample.asByteArray())) {
                String title = LetterTemplates.of(kind).sample(LocalDate.now(clock)).title();
                assertThat(text(pdf)).as(kind.name()).contains(title).doesNotContain("{{");
            }
        }
    }

    @Test
    @DisplayName("LET-8 a kind of letter that does not exist is 404 letter-template-not-found")
    void LET8_unknown_kind() {
        for (String unknown : List.of("COFFEE_LETTER", "doctor-choice-receipt")) {
            api.as(administrator()).get("/letter-templates/{kind}", unknown).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("urn:sygesikring:problem:letter-template-not-found"));
            sample(administrator(), unknown).then().statusCode(404)
                    .body("type", equalTo("urn:sygesikring:problem:letter-template-not-found"));
        }
    }

    @Test
    @DisplayName("LET-8 caseworkers, caseworkers with special rights and citizens may not read the templates: 403")
    void LET8_forbidden_for_others() {
        for (String token : List.of(tokens.caseworker("580", "cw-580-lt"), tokens.specialCaseworker("580", "cws-580-lt"),
                tokens.citizen("2207859902"))) {
            api.as(token).get("/letter-templates").then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:sygesikring:problem:forbidden"));
            api.as(token).get("/letter-templates/{kind}", "AD_HOC").then().statusCode(403);
            sample(token, "AD_HOC").then().statusCode(403).contentType("application/problem+json");
        }
    }

    private String administrator() {
        return tokens.administrator("580", "adm-580-lt");
    }

    private Response sample(String token, String kind) {
        return api.as(token).accept(PDF_OR_PROBLEM).get("/letter-templates/{kind}/sample", kind);
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        return stripper.getText(pdf);
    }
}
