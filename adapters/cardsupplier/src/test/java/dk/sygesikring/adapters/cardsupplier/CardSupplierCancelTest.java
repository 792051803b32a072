package dk.sygesikring.adapters.cardsupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.cardsupplier.CardSupplierCancellation;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CARD-9: withdrawing an order, and how each of the card supplier's answers maps. */
@MicronautTest
class CardSupplierCancelTest extends CardSupplierWireMockTest {

    @Test
    @DisplayName("CARD-9 an order not yet drawn is withdrawn with DELETE on its id and maps to cancelled at the supplier's time")
    void CARD9_an_order_not_yet_drawn_is_cancelled() {
        supplier.stubFor(cancellation().willReturn(okJson(CANCELLED)));

        assertThat(port.cancel(ORDER_ID))
                .isEqualTo(new CardSupplierCancellation.Cancelled(Instant.parse("2026-11-22T10:00:00Z")));

        assertThat(requests(cancellationRequests())).isEqualTo(1);
        assertThat(supplier.findAll(cancellationRequests()).getFirst().getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    @DisplayName("CARD-9 a card already drawn is made regardless: 409 ALREADY_DRAWN maps to already drawn at its time, after one request")
    void CARD9_a_drawn_card_cannot_be_cancelled() {
        supplier.stubFor(cancellation().willReturn(jsonAnswer(409,
                "{\"reason\": \"ALREADY_DRAWN\", \"drawnAt\": \"2026-11-22T09:30:00Z\"}")));

        assertThat(port.cancel(ORDER_ID))
                .isEqualTo(new CardSupplierCancellation.AlreadyDrawn(Instant.parse("2026-11-22T09:30:00Z")));

        assertThat(requests(cancellationRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("CARD-9 an order the card supplier does not know maps to not known after one request")
    void CARD9_an_unknown_order_is_not_known() {
        supplier.stubFor(cancellation().willReturn(notFound()));

        assertThat(port.cancel(ORDER_ID)).isEqualTo(new CardSupplierCancellation.NotKnown());

        assertThat(requests(cancellationRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "409 | {\"reason\": \"SOMETHING_ELSE\", \"drawnAt\": \"2026-11-22T09:30:00Z\"} | the cancellation with data that breaks the model",
            "409 | {\"reason\": \"ALREADY_DRAWN\"}                                   | the cancellation with data that breaks the model",
            "409 | ~~                                                                | the cancellation with 409 and no body",
            "200 | {\"status\": \"RECEIVED\", \"cancelledAt\": \"2026-11-22T10:00:00Z\"} | the cancellation with data that breaks the model",
            "200 | {\"status\": \"CANCELLED\", \"cancelledAt\": \"i dag\"}          | the cancellation with data that breaks the model",
            "200 | not json                                                          | JSON that does not follow the wire format",
            "401 | ~~                                                                | rejected the cancellation with 401",
            "405 | ~~                                                                | rejected the cancellation with 405",
            "204 | ~~                                                                | the cancellation with unexpected status 204"})
    @DisplayName("CARD-9 an answer outside the wire format is a defect after one request: the withdrawal is not taken as done")
    void CARD9_an_answer_outside_the_wire_format_is_a_defect(int status, String body, String message) {
        supplier.stubFor(cancellation().willReturn(jsonAnswer(status, body)));

        assertThatThrownBy(() -> port.cancel(ORDER_ID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Card supplier")
                .hasMessageContaining(message);

        assertThat(requests(cancellationRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
