package dk.sygesikring.adapters.cardsupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOrder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOutcome;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CARD-1: what the adapter sends for an order, and how each of the card supplier's answers maps. */
@MicronautTest
class CardSupplierOrderTest extends CardSupplierWireMockTest {

    private static final CardSupplierOutcome.Accepted FIRST =
            new CardSupplierOutcome.Accepted("CS-000042", Instant.parse("2026-11-22T09:00:00Z"));

    @Test
    @DisplayName("CARD-1 a group 1 card is posted in the wire format with the order id as idempotency key and maps to accepted")
    void CARD1_a_group_1_card_is_posted_in_the_wire_format() {
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED)));

        assertThat(port.order(ORDER)).isEqualTo(FIRST);

        supplier.verify(1, orderRequests()
                .withHeader("Idempotency-Key", equalTo(ORDER_ID.toString()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"orderId": "7d1c2b9e-4f3a-4e1b-9c2d-5a6b7c8d9e01", "cpr": "2207859902",
                         "name": "Sofie Nielsen", "address": "Nørregade 12, 2. tv, 1165 København K", "group": 1,
                         "doctor": {"providerNumber": "050208", "practiceName": "Lægerne i Nørregade",
                                    "address": "Nørregade 30, 1165 København K"},
                         "validFrom": "2026-12-01",
                         "delivery": {"type": "ADDRESS", "address": "Nørregade 12, 2. tv, 1165 København K"}}""")));
    }

    @Test
    @DisplayName("CARD-1 a group 2 card shows no doctor: doctor is sent as null")
    void CARD1_a_group_2_card_is_sent_with_doctor_null() {
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED)));
        HealthCard group2 = new HealthCard(SOFIE, "Sofie Nielsen", ADDRESS, Sikringsgruppe.GROUP_2, Optional.empty(),
                LocalDate.of(2026, 12, 1));

        port.order(new CardSupplierOrder(UUID.randomUUID(), group2, new CardDelivery.ToAddress(ADDRESS)));

        supplier.verify(1, orderRequests().withRequestBody(matchingJsonPath("$.group", equalTo("2"))));
        assertThat(supplier.findAll(orderRequests()).getFirst().getBodyAsString()).contains("\"doctor\":null");
    }

    @Test
    @DisplayName("CARD-6 a card to an unknown address is sent as UNKNOWN_ADDRESS with the municipality, to be kept for pick-up")
    void CARD6_a_card_to_an_unknown_address_names_the_municipality() {
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED)));

        port.order(new CardSupplierOrder(ORDER_ID, GROUP_1_CARD, new CardDelivery.UnknownAddress(MunicipalityCode.of("101"))));

        supplier.verify(1, orderRequests().withRequestBody(matchingJsonPath("$.delivery",
                equalToJson("{\"type\": \"UNKNOWN_ADDRESS\", \"municipalityCode\": \"101\"}"))));
    }

    @Test
    @DisplayName("INT-5 a key the card supplier has seen is answered 200 with the first receipt and maps to it")
    void INT5_a_key_seen_before_is_answered_200_with_the_first_receipt() {
        supplier.stubFor(order().willReturn(okJson(RECEIVED)));

        assertThat(port.order(ORDER)).isEqualTo(FIRST);

        assertThat(requests(orderRequests())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "400 | {\"reason\": \"INVALID_REQUEST\", \"message\": \"cpr: a CPR number has exactly 10 digits\"} | INVALID_REQUEST: cpr: a CPR number has exactly 10 digits",
            "422 | {\"reason\": \"UNPRINTABLE_CHARACTERS\"}                                               | UNPRINTABLE_CHARACTERS",
            "422 | {\"message\": \"a group 2 card shows no doctor\"}                                        | a group 2 card shows no doctor",
            "409 | {\"reason\": \"IDEMPOTENCY_KEY_REUSED\", \"message\": \"the order id came with another order\"} | IDEMPOTENCY_KEY_REUSED: the order id came with another order",
            "400 | <html><body>Bad Request</body></html>                                                   | HTTP 400",
            "422 | ~~                                                                                      | HTTP 422"})
    @DisplayName("CARD-1 an order the card supplier refuses is rejected with its reason after exactly one request")
    void CARD1_a_refused_order_is_rejected_with_its_reason(int status, String body, String reason) {
        supplier.stubFor(order().willReturn(jsonAnswer(status, body)));

        assertThat(port.order(ORDER)).isEqualTo(new CardSupplierOutcome.Rejected(reason));

        assertThat(requests(orderRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "401 | {\"reason\": \"UNAUTHORIZED\"}                               | rejected the order with 401",
            "404 | ~~                                                            | rejected the order with 404",
            "429 | {\"reason\": \"TOO_MANY_REQUESTS\"}                          | rejected the order with 429",
            "201 | {\"receivedAt\": \"2026-11-22T09:00:00Z\"}                   | the order with data that breaks the model",
            "201 | {\"supplierReference\": \" \", \"receivedAt\": \"2026-11-22T09:00:00Z\"} | the order with data that breaks the model",
            "201 | {\"supplierReference\": \"CS-1\", \"receivedAt\": \"i går\"} | the order with data that breaks the model",
            "200 | not json                                                      | JSON that does not follow the wire format",
            "204 | ~~                                                            | the order with unexpected status 204"})
    @DisplayName("CARD-1 an answer that says nothing about the order is a defect after one request: the order is kept, not rejected")
    void CARD1_an_answer_about_the_adapter_not_the_order_is_a_defect(int status, String body, String message) {
        supplier.stubFor(order().willReturn(jsonAnswer(status, body)));

        assertThatThrownBy(() -> port.order(ORDER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Card supplier")
                .hasMessageContaining(message)
                .hasMessageNotContaining(SOFIE.value());

        assertThat(requests(orderRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
