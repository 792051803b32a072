package dk.sygesikring.adapters.nets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.nets.NetsCheckout;
import dk.sygesikring.application.port.out.nets.NetsOutcome;
import dk.sygesikring.application.port.out.nets.NetsPaymentSummary;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * INT-3: what the adapter sends Nets for each call, and what it makes of every answer Nets may give: done, refused,
 * or a defect. Amounts in the port are kroner, on the wire øre.
 */
@MicronautTest
class NetsPaymentsTest extends NetsWireMockTest {

    @Test
    @DisplayName("INT-3 a payment is created with its items in øre, the hosted checkout, the webhooks, the key and its reference as idempotency key")
    void INT3_a_payment_is_created_as_nets_expects_it() {
        nets.stubFor(post(PAYMENTS).willReturn(jsonAnswer(201, CREATED)));

        NetsCheckout checkout = port.createPayment(REQUEST, KEYS);

        assertThat(checkout.paymentId()).isEqualTo(PAYMENT_ID);
        assertThat(checkout.checkoutUrl()).isEqualTo(URI.create(
                "https://test.checkout.dibspayment.eu/hostedpaymentpage/?checkoutKey=abc&pid=" + PAYMENT_ID));
        String webHook = """
                {"eventName": "%s", "url": "https://sygesikring.example/api/nets/webhooks", "authorization": "webhook-secret-0101"}""";
        assertThat(requests(posted(PAYMENTS)
                .withHeader("Authorization", equalTo(CURRENT_KEY))
                .withHeader("Idempotency-Key", equalTo(REFERENCE.toString()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"order": {"items": [
                            {"reference": "card-order-1", "name": "Sundhedskort, Anna Jensen", "quantity": 1, "unit": "pcs",
                             "unitPrice": 14950, "taxRate": 0, "taxAmount": 0, "grossTotalAmount": 14950, "netTotalAmount": 14950},
                            {"reference": "card-order-2", "name": "Sundhedskort, Ida Jensen", "quantity": 1, "unit": "pcs",
                             "unitPrice": 14950, "taxRate": 0, "taxAmount": 0, "grossTotalAmount": 14950, "netTotalAmount": 14950}],
                          "amount": 29900, "currency": "DKK", "reference": "%s"},
                         "checkout": {"integrationType": "HostedPaymentPage",
                                      "returnUrl": "https://selvbetjening.sygesikring.example/betaling/retur",
                                      "termsUrl": "https://sygesikring.example/betalingsvilkaar",
                                      "charge": false, "merchantHandlesConsumerData": true},
                         "notifications": {"webHooks": [%s, %s, %s, %s, %s]}}""".formatted(REFERENCE,
                        webHook.formatted("payment.reservation.created.v2"), webHook.formatted("payment.reservation.failed"),
                        webHook.formatted("payment.charge.created.v2"), webHook.formatted("payment.cancel.created"),
                        webHook.formatted("payment.refund.completed")))))).isEqualTo(1);
    }

    @Test
    @DisplayName("INT-3 a payment Nets has seen with the reference is answered with 200 and is the same payment")
    void INT3_a_payment_seen_before_is_the_same_payment() {
        nets.stubFor(post(PAYMENTS).willReturn(jsonAnswer(200, CREATED)));

        assertThat(port.createPayment(REQUEST, KEYS).paymentId()).isEqualTo(PAYMENT_ID);
    }

    @Test
    @DisplayName("INT-3 a payment Nets will not create is a defect with Nets's answer, never the key")
    void INT3_a_payment_nets_will_not_create_is_a_defect() {
        nets.stubFor(post(PAYMENTS).willReturn(jsonAnswer(400, """
                {"errors": {"checkout.termsUrl": ["The termsUrl is required"]}}""")));

        assertThatThrownBy(() -> port.createPayment(REQUEST, KEYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nets rejected the payment creation with 400")
                .hasMessageContaining("termsUrl")
                .hasMessageNotContaining(CURRENT_KEY);
        assertThat(requests(posted(PAYMENTS))).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"hostedPaymentPageUrl\": \"https://nets.example/p\"}",
            "{\"paymentId\": \" \", \"hostedPaymentPageUrl\": \"https://nets.example/p\"}",
            "{\"paymentId\": \"abc\", \"hostedPaymentPageUrl\": \"/relative\"}",
            "{\"paymentId\": \"abc\"}", "<html>OK</html>"})
    @DisplayName("INT-3 a created payment without its id or an absolute checkout URL is Nets's defect")
    void INT3_a_created_payment_without_id_or_page_is_a_defect(String body) {
        nets.stubFor(post(PAYMENTS).willReturn(jsonAnswer(201, body)));

        assertThatThrownBy(() -> port.createPayment(REQUEST, KEYS)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Nets answered the payment creation");
    }

    @Test
    @DisplayName("PAY-1 a charge sends the amount in øre with the item it charges and is done with Nets's charge id")
    void PAY1_a_charge_is_done_with_the_charge_id() {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(201, CHARGED)));

        NetsOutcome outcome = port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-card-order-1", KEYS);

        assertThat(outcome).isEqualTo(new NetsOutcome.Done(CHARGE_ID, TestClockFactory.NOW));
        assertThat(requests(posted(CHARGES)
                .withHeader("Authorization", equalTo(CURRENT_KEY))
                .withHeader("Idempotency-Key", equalTo("charge-card-order-1"))
                .withRequestBody(equalToJson("""
                        {"amount": 14950, "orderItems": [{"reference": "card-order-1", "name": "card-order-1", "quantity": 1,
                         "unit": "pcs", "unitPrice": 14950, "taxRate": 0, "taxAmount": 0, "grossTotalAmount": 14950,
                         "netTotalAmount": 14950}]}""")))).isEqualTo(1);
    }

    @Test
    @DisplayName("PAY-1 a cancel sends the amount in øre and is done with the payment's id on 204")
    void PAY1_a_cancel_is_done_on_204() {
        nets.stubFor(post(CANCELS).willReturn(aResponse().withStatus(204)));

        NetsOutcome outcome = port.cancel(PAYMENT_ID, new BigDecimal("299"), "cancel-order-1", KEYS);

        assertThat(outcome).isEqualTo(new NetsOutcome.Done(PAYMENT_ID, TestClockFactory.NOW));
        assertThat(requests(posted(CANCELS).withHeader("Idempotency-Key", equalTo("cancel-order-1"))
                .withRequestBody(equalToJson("{\"amount\": 29900}")))).isEqualTo(1);
    }

    @Test
    @DisplayName("INT-3 a refund of a charge sends the amount in øre and is done with Nets's refund id")
    void INT3_a_refund_is_done_with_the_refund_id() {
        nets.stubFor(post(REFUNDS).willReturn(jsonAnswer(201, REFUNDED)));

        NetsOutcome outcome = port.refund(CHARGE_ID, new BigDecimal("0.01"), "refund-card-order-1", KEYS);

        assertThat(outcome).isEqualTo(new NetsOutcome.Done("aaaabbbbccccdddd0000111122223333", TestClockFactory.NOW));
        assertThat(requests(posted(REFUNDS).withHeader("Idempotency-Key", equalTo("refund-card-order-1"))
                .withRequestBody(equalToJson("{\"amount\": 1}")))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"errors": {"amount": ["Amount exceeds the reserved amount"]}}                 | amount: Amount exceeds the reserved amount
            400 | {"errors": {"amount": ["too much", "no"], "paymentId": ["Payment is cancelled"]}} | amount: too much, no; paymentId: Payment is cancelled
            402 | {"message": "The card was declined", "code": "1001", "source": "Issuer"}        | 1001: The card was declined
            409 | {"message": "The Idempotency-Key was used with another request"}              | The Idempotency-Key was used with another request
            422 | {"code": "NOTHING_RESERVED"}                                                   | NOTHING_RESERVED
            400 | <html><body>Bad Request</body></html>                                          | HTTP 400
            422 | {}                                                                             | HTTP 422
            """)
    @DisplayName("PAY-1 Nets's refusal of a charge is refused with its reason, not retried and not a failure")
    void PAY1_a_refused_charge_is_refused_with_the_reason(int status, String body, String reason) {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(status, body)));

        assertThat(port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS)).isEqualTo(new NetsOutcome.Refused(reason));

        assertThat(requests(posted(CHARGES))).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("PAY-1 Nets's refusal of a cancel or a refund is refused with its reason")
    void PAY1_a_refused_cancel_or_refund_is_refused() {
        nets.stubFor(post(CANCELS).willReturn(jsonAnswer(400, "{\"errors\": {\"paymentId\": [\"Nothing is reserved\"]}}")));
        nets.stubFor(post(REFUNDS).willReturn(jsonAnswer(400, "{\"errors\": {\"amount\": [\"More than is charged\"]}}")));

        assertThat(port.cancel(PAYMENT_ID, FEE, "cancel-1", KEYS)).isEqualTo(new NetsOutcome.Refused("paymentId: Nothing is reserved"));
        assertThat(port.refund(CHARGE_ID, FEE, "refund-1", KEYS)).isEqualTo(new NetsOutcome.Refused("amount: More than is charged"));
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 404, 405, 429})
    @DisplayName("INT-3 any other 4xx is a defect of this adapter or its configuration, not retried")
    void INT3_any_other_4xx_is_a_defect(int status) {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(status, "{\"message\": \"no\"}")));

        assertThatThrownBy(() -> port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nets rejected the charge with " + status)
                .hasMessageContaining("a defect in this adapter or its configuration");

        assertThat(requests(posted(CHARGES))).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("INT-3 a charge answered without its id is Nets's defect")
    void INT3_a_charge_without_its_id_is_a_defect() {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(201, "{}")));

        assertThatThrownBy(() -> port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS))
                .isInstanceOf(IllegalStateException.class).hasMessage("Nets answered the charge without chargeId");
    }

    @Test
    @DisplayName("INT-3 the payment's summary is read in kroner; an amount Nets leaves out is 0")
    void INT3_the_summary_is_read_in_kroner() {
        nets.stubFor(lookUp().willReturn(jsonAnswer(200, RETRIEVED)));

        NetsPaymentSummary summary = port.payment(PAYMENT_ID, KEYS);

        assertThat(summary).isEqualTo(new NetsPaymentSummary(PAYMENT_ID, new BigDecimal("299.00"), new BigDecimal("149.50"),
                new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(nets.findAll(getRequestedFor(urlEqualTo(PAYMENT)).withHeader("Authorization", equalTo(CURRENT_KEY))))
                .hasSize(1);
    }

    @Test
    @DisplayName("INT-3 a payment the citizen has not paid yet has an empty summary: nothing reserved")
    void INT3_an_unpaid_payment_has_nothing_reserved() {
        nets.stubFor(lookUp().willReturn(jsonAnswer(200, "{\"payment\": {\"paymentId\": \"" + PAYMENT_ID
                + "\", \"summary\": {}}}")));

        assertThat(port.payment(PAYMENT_ID, KEYS).reserved()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("INT-3 an unknown payment (404) and an answer without the payment are defects")
    void INT3_an_unknown_payment_is_a_defect() {
        nets.stubFor(lookUp().willReturn(jsonAnswer(404, "{\"message\": \"Payment not found\"}")));
        assertThatThrownBy(() -> port.payment(PAYMENT_ID, KEYS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("404");

        nets.stubFor(lookUp().willReturn(jsonAnswer(200, "{}")));
        assertThatThrownBy(() -> port.payment(PAYMENT_ID, KEYS)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Nets answered the payment look-up without the payment");
    }

    @ParameterizedTest
    @CsvSource({"0.01, 1", "149.5, 14950", "149.50, 14950", "1000, 100000", "1E+3, 100000"})
    @DisplayName("INT-3 kroner become øre exactly")
    void INT3_kroner_become_ore_exactly(BigDecimal kroner, long ore) {
        nets.stubFor(post(CANCELS).willReturn(aResponse().withStatus(204)));

        port.cancel(PAYMENT_ID, kroner, "cancel-" + ore, KEYS);

        assertThat(requests(posted(CANCELS).withRequestBody(equalToJson("{\"amount\": " + ore + "}")))).isEqualTo(1);
    }

    @Test
    @DisplayName("INT-3 an amount that is not more than 0 in whole øre, a malformed id or no idempotency key is refused before any request")
    void INT3_a_malformed_call_is_refused_before_any_request() {
        assertThatThrownBy(() -> port.charge(PAYMENT_ID, new BigDecimal("149.505"), "card-order-1", "charge-1", KEYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole øre");
        assertThatThrownBy(() -> port.cancel(PAYMENT_ID, BigDecimal.ZERO, "cancel-1", KEYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> port.refund(CHARGE_ID, new BigDecimal("-1"), "refund-1", KEYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> port.charge("../charges/x", FEE, "card-order-1", "charge-1", KEYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> port.charge(PAYMENT_ID, FEE, "card-order-1", " ", KEYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> port.charge(PAYMENT_ID, FEE, "", "charge-1", KEYS))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(nets.getAllServeEvents()).isEmpty();
    }
}
