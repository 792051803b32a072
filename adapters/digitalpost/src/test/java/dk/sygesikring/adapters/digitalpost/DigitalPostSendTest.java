package dk.sygesikring.adapters.digitalpost;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** INT-4: what the adapter sends for a message, and how each of Digital Post's answers maps. */
@MicronautTest
class DigitalPostSendTest extends DigitalPostWireMockTest {

    private static final DigitalPostOutcome.Delivered FIRST =
            new DigitalPostOutcome.Delivered("dp-9a3b8f4e", Instant.parse("2026-11-22T09:00:00Z"));

    @Test
    @DisplayName("INT-4 a letter to a citizen is posted in the wire format with its id as idempotency key and maps to delivered")
    void INT4_a_letter_to_a_citizen_is_posted_in_the_wire_format() {
        digitalPost.stubFor(message().willReturn(jsonAnswer(201, DELIVERED)));

        assertThat(port.send(RECEIPT)).isEqualTo(FIRST);

        digitalPost.verify(1, messageRequests()
                .withHeader("Idempotency-Key", equalTo(MESSAGE_ID.toString()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"recipient": {"type": "CPR", "id": "2207859902"}, "title": "Kvittering for dit lægevalg",
                         "forloebId": "0b8e2f43-7f5d-4a44-b0d4-8c1b9d1f6a10", "document": "%s"}"""
                        .formatted(Base64.getEncoder().encodeToString(PDF)))));
    }

    @Test
    @DisplayName("DOC-4 a letter to a practice names it by provider number")
    void DOC4_a_letter_to_a_practice_names_it_by_provider_number() {
        digitalPost.stubFor(message().willReturn(jsonAnswer(201, DELIVERED)));
        DigitalPostMessage application = new DigitalPostMessage(UUID.randomUUID(),
                new Recipient.Practice(ProviderNumber.of("050208")), "Ansøgning om dispensation", PDF, FORLOEB);

        assertThat(port.send(application)).isEqualTo(FIRST);

        digitalPost.verify(1, messageRequests().withRequestBody(
                WireMock.matchingJsonPath("$.recipient", equalToJson("{\"type\": \"PROVIDER\", \"id\": \"050208\"}"))));
    }

    @Test
    @DisplayName("INT-5 a key digital post has seen is answered 200 with the first delivery and maps to it")
    void INT5_a_key_seen_before_is_answered_200_with_the_first_delivery() {
        digitalPost.stubFor(message().willReturn(okJson(DELIVERED)));

        assertThat(port.send(RECEIPT)).isEqualTo(FIRST);

        assertThat(requests(messageRequests())).isEqualTo(1);
    }

    @Test
    @DisplayName("LET-4 422 NOT_ENROLLED maps to not enrolled after exactly one request and no circuit breaker failure")
    void LET4_not_enrolled_after_one_request() {
        digitalPost.stubFor(message().willReturn(jsonAnswer(422,
                "{\"reason\": \"NOT_ENROLLED\", \"message\": \"the recipient has no Digital Post mailbox\"}")));

        assertThat(port.send(RECEIPT)).isEqualTo(new DigitalPostOutcome.NotEnrolled());

        assertThat(requests(messageRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "400 | {\"reason\": \"INVALID_DOCUMENT\", \"message\": \"the document is not a readable PDF\"} | INVALID_DOCUMENT: the document is not a readable PDF",
            "422 | {\"reason\": \"TITLE_TOO_LONG\"}                                                        | TITLE_TOO_LONG",
            "409 | {\"message\": \"the idempotency key was used for another message\"}                   | the idempotency key was used for another message",
            "413 | <html><body>Request Entity Too Large</body></html>                                       | HTTP 413",
            "415 | ~~                                                                                      | HTTP 415"})
    @DisplayName("INT-4 a message digital post refuses is rejected with its reason after exactly one request")
    void INT4_a_refused_message_is_rejected_with_its_reason(int status, String body, String reason) {
        digitalPost.stubFor(message().willReturn(jsonAnswer(status, body)));

        assertThat(port.send(RECEIPT)).isEqualTo(new DigitalPostOutcome.Rejected(reason));

        assertThat(requests(messageRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "401 | {\"reason\": \"UNAUTHORIZED\"}                   | rejected the message with 401",
            "404 | ~~                                                | rejected the message with 404",
            "429 | {\"reason\": \"TOO_MANY_REQUESTS\"}              | rejected the message with 429",
            "201 | {\"deliveredAt\": \"2026-11-22T09:00:00Z\"}      | the message with data that breaks the model",
            "201 | {\"deliveryId\": \"dp-1\", \"deliveredAt\": \"i går\"} | the message with data that breaks the model",
            "200 | not json                                          | JSON that does not follow the wire format",
            "204 | ~~                                                | the message with unexpected status 204"})
    @DisplayName("INT-4 an answer that says nothing about the message is a defect after one request: the letter is kept, not rejected")
    void INT4_an_answer_about_the_adapter_not_the_message_is_a_defect(int status, String body, String message) {
        digitalPost.stubFor(message().willReturn(jsonAnswer(status, body)));

        assertThatThrownBy(() -> port.send(RECEIPT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Digital Post")
                .hasMessageContaining(message)
                .hasMessageNotContaining(SOFIE.value());

        assertThat(requests(messageRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
