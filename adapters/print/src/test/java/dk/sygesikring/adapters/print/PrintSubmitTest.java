package dk.sygesikring.adapters.print;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LET-5: what the adapter sends for a letter, and how each of the print service's answers maps. */
@MicronautTest
class PrintSubmitTest extends PrintWireMockTest {

    private static final PrintOutcome.Accepted FIRST =
            new PrintOutcome.Accepted("FP-000042", Instant.parse("2026-11-22T09:00:00Z"));

    @Test
    @DisplayName("LET-5 a letter is posted in the wire format with the municipality's identifiers and the PDF in base64, and maps to accepted")
    void LET5_a_letter_is_posted_in_the_wire_format() {
        printService.stubFor(letter().willReturn(jsonAnswer(202, ACCEPTED)));

        assertThat(port.submit(JOB)).isEqualTo(FIRST);

        printService.verify(1, letterRequests()
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"afsendelseIdentifikator": "5b0c7e2a-9d41-4f6e-8a3b-1c2d3e4f5a60",
                         "forsendelseTypeIdentifikator": "20",
                         "afsenderSystemIdentifikator": "5059",
                         "modtager": {"cprNummer": "2207859902", "navn": "Sofie Nielsen",
                                      "adresselinjer": ["Nørregade 12, 2. tv", "1165 København K"]},
                         "dokument": {"titel": "Dit nye sundhedskort",
                                      "pdf": "%s"}}""".formatted(PDF_BASE64))));
        String sent = printService.findAll(letterRequests()).getFirst().getBodyAsString();
        assertThat(Base64.getDecoder().decode(sent.replaceAll("(?s).*\"pdf\":\"([^\"]+)\".*", "$1")))
                .as("the PDF's bytes arrive as they were").isEqualTo(PDF);
    }

    @Test
    @DisplayName("LET-5 the municipality's own shipment type and sender system go with the letter, and an empty address is sent as it is")
    void LET5_the_municipalitys_own_identifiers_go_with_the_letter() {
        printService.stubFor(letter().willReturn(jsonAnswer(202, ACCEPTED)));
        PrintJob job = new PrintJob(LETTER_ID, new RemotePrintSupplier("Kommunens fjernprint", "4711", "KMD-0101"),
                SOFIE, "Sofie Nielsen", List.of(), "Brev", PDF);

        port.submit(job);

        printService.verify(1, letterRequests().withRequestBody(equalToJson("""
                {"forsendelseTypeIdentifikator": "4711", "afsenderSystemIdentifikator": "KMD-0101",
                 "modtager": {"adresselinjer": []}}""", true, true)));
    }

    @Test
    @DisplayName("INT-4 a letter id the print service has seen is answered 200 with the first answer and maps to it")
    void INT4_a_letter_id_seen_before_is_answered_200_with_the_first_answer() {
        printService.stubFor(letter().willReturn(okJson(ACCEPTED)));

        assertThat(port.submit(JOB)).isEqualTo(FIRST);

        assertThat(requests(letterRequests())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "422 | {\"reason\": \"UNKNOWN_SHIPMENT_TYPE\", \"message\": \"forsendelseTypeIdentifikator 20 is not agreed\"} | UNKNOWN_SHIPMENT_TYPE: forsendelseTypeIdentifikator 20 is not agreed",
            "422 | {\"reason\": \"NOT_A_PDF\"}                                                                      | NOT_A_PDF",
            "422 | {\"message\": \"the document is not a PDF\"}                                                    | the document is not a PDF",
            "400 | {\"reason\": \"INVALID_REQUEST\", \"message\": \"modtager.cprNummer: a CPR number has exactly 10 digits\"} | INVALID_REQUEST: modtager.cprNummer: a CPR number has exactly 10 digits",
            "400 | <html><body>Bad Request</body></html>                                                          | HTTP 400",
            "422 | ~~                                                                                             | HTTP 422"})
    @DisplayName("LET-5 a letter the print service refuses is rejected with its reason after exactly one request")
    void LET5_a_refused_letter_is_rejected_with_its_reason(int status, String body, String reason) {
        printService.stubFor(letter().willReturn(jsonAnswer(status, body)));

        assertThat(port.submit(JOB)).isEqualTo(new PrintOutcome.Rejected(reason));

        assertThat(requests(letterRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "401 | {\"reason\": \"UNAUTHORIZED\"}                                   | rejected the letter with 401",
            "403 | ~~                                                                | rejected the letter with 403",
            "404 | ~~                                                                | rejected the letter with 404",
            "409 | {\"reason\": \"CONFLICT\"}                                       | rejected the letter with 409",
            "429 | {\"reason\": \"TOO_MANY_REQUESTS\"}                              | rejected the letter with 429",
            "202 | {\"accepted\": \"2026-11-22T09:00:00Z\"}                         | the letter with data that breaks the model",
            "202 | {\"printReference\": \" \", \"accepted\": \"2026-11-22T09:00:00Z\"} | the letter with data that breaks the model",
            "202 | {\"printReference\": \"FP-1\"}                                   | the letter with data that breaks the model",
            "200 | {\"printReference\": \"FP-1\", \"accepted\": \"i går\"}          | the letter with data that breaks the model",
            "202 | ~~                                                                | the letter with 202 and no body",
            "200 | not json                                                          | JSON that does not follow the wire format",
            "201 | {\"printReference\": \"FP-1\", \"accepted\": \"2026-11-22T09:00:00Z\"} | the letter with unexpected status 201",
            "204 | ~~                                                                | the letter with unexpected status 204"})
    @DisplayName("LET-5 an answer that says nothing about the letter is a defect after one request: the letter is kept, not rejected")
    void LET5_an_answer_about_the_adapter_not_the_letter_is_a_defect(int status, String body, String message) {
        printService.stubFor(letter().willReturn(jsonAnswer(status, body)));

        assertThatThrownBy(() -> port.submit(JOB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Remote print")
                .hasMessageContaining(message)
                .hasMessageNotContaining(SOFIE.value())
                .hasMessageNotContaining(PDF_BASE64);

        assertThat(requests(letterRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
