package dk.sygesikring.adapters.nets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.nets.NetsKeys;
import dk.sygesikring.application.port.out.nets.NetsOutcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PAY-4, CFG-2: the municipality's keys by reference, tried in order, the next only when Nets answers 401; a
 * reference without a key is a configuration defect. Nets's answer to a key is an answer: never retried, never a
 * failure for the circuit breaker.
 */
@MicronautTest
class NetsKeysTest extends NetsWireMockTest {

    private static final String UNAUTHORIZED = "{\"message\": \"Unauthorized\"}";

    @Test
    @DisplayName("PAY-4 a charge refused with the current key (401) succeeds with the previous one, under the same idempotency key")
    void PAY4_a_charge_refused_with_the_current_key_succeeds_with_the_previous_one() {
        nets.stubFor(post(CHARGES).withHeader("Authorization", equalTo(CURRENT_KEY)).willReturn(jsonAnswer(401, UNAUTHORIZED)));
        nets.stubFor(post(CHARGES).withHeader("Authorization", equalTo(PREVIOUS_KEY)).willReturn(jsonAnswer(201, CHARGED)));

        NetsOutcome outcome = port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-card-order-1", KEYS);

        assertThat(outcome).isEqualTo(new NetsOutcome.Done(CHARGE_ID, TestClockFactory.NOW));
        assertThat(nets.findAll(posted(CHARGES))).extracting(request -> request.getHeader("Authorization"))
                .containsExactly(CURRENT_KEY, PREVIOUS_KEY);
        assertThat(requests(posted(CHARGES).withHeader("Idempotency-Key", equalTo("charge-card-order-1")))).isEqualTo(2);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("PAY-4 the previous key is not tried while the current one is accepted")
    void PAY4_the_previous_key_is_not_tried_while_the_current_one_is_accepted() {
        nets.stubFor(post(CANCELS).willReturn(aResponse().withStatus(204)));

        port.cancel(PAYMENT_ID, FEE, "cancel-1", NetsKeys.of(CURRENT, "nets-0101-no-such-key"));

        assertThat(nets.findAll(posted(CANCELS))).extracting(request -> request.getHeader("Authorization"))
                .containsExactly(CURRENT_KEY);
    }

    @Test
    @DisplayName("PAY-4 a payment is created, refunded and looked up with the previous key when Nets refuses the current one")
    void PAY4_every_call_tries_the_previous_key() {
        nets.stubFor(post(PAYMENTS).withHeader("Authorization", equalTo(CURRENT_KEY)).willReturn(jsonAnswer(401, UNAUTHORIZED)));
        nets.stubFor(post(PAYMENTS).withHeader("Authorization", equalTo(PREVIOUS_KEY)).willReturn(jsonAnswer(201, CREATED)));
        nets.stubFor(post(REFUNDS).withHeader("Authorization", equalTo(CURRENT_KEY)).willReturn(aResponse().withStatus(401)));
        nets.stubFor(post(REFUNDS).withHeader("Authorization", equalTo(PREVIOUS_KEY)).willReturn(jsonAnswer(201, REFUNDED)));
        nets.stubFor(lookUp().withHeader("Authorization", equalTo(CURRENT_KEY)).willReturn(aResponse().withStatus(401)));
        nets.stubFor(lookUp().withHeader("Authorization", equalTo(PREVIOUS_KEY)).willReturn(jsonAnswer(200, RETRIEVED)));

        assertThat(port.createPayment(REQUEST, KEYS).paymentId()).isEqualTo(PAYMENT_ID);
        assertThat(port.refund(CHARGE_ID, FEE, "refund-1", KEYS)).isInstanceOf(NetsOutcome.Done.class);
        assertThat(port.payment(PAYMENT_ID, KEYS).charged()).isEqualByComparingTo("149.50");

        assertThat(requests(posted(PAYMENTS).withHeader("Idempotency-Key", equalTo(REFERENCE.toString())))).isEqualTo(2);
        assertThat(requests(getRequestedFor(urlEqualTo(PAYMENT)))).isEqualTo(2);
    }

    @Test
    @DisplayName("PAY-4 when Nets refuses every key the call is a defect naming the references tried, never the keys")
    void PAY4_every_key_refused_is_a_defect_naming_the_references() {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(401, UNAUTHORIZED)));

        assertThatThrownBy(() -> port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Nets refused the charge with 401 Unauthorized under every secret key, references ["
                        + CURRENT + ", " + PREVIOUS + "]: none of them holds the municipality's current key at Nets")
                .hasMessageNotContaining(CURRENT_KEY).hasMessageNotContaining(PREVIOUS_KEY);

        assertThat(requests(posted(CHARGES))).as("each key once, a 401 is not retried").isEqualTo(2);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("CFG-2 a reference without a key is a configuration defect that names it, and no request is made")
    void CFG2_a_reference_without_a_key_is_a_configuration_defect() {
        assertThatThrownBy(() -> port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", NetsKeys.of("nets-0860-2026", CURRENT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no Nets secret key is set for the reference 'nets-0860-2026': set "
                        + "sygesikring.nets.secret-keys.nets-0860-2026 (environment variable "
                        + "SYGESIKRING_NETS_SECRET_KEYS_NETS_0860_2026) from the secret store, or correct the "
                        + "municipality's configuration");

        assertThat(nets.getAllServeEvents()).isEmpty();
        assertThat(circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
    }

    @Test
    @DisplayName("CFG-2 a previous reference without a key is a defect only once Nets refuses the current key")
    void CFG2_a_previous_reference_without_a_key_is_a_defect_once_needed() {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(401, UNAUTHORIZED)));

        assertThatThrownBy(() -> port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", NetsKeys.of(CURRENT, "nets-0101-2024")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no Nets secret key is set for the reference 'nets-0101-2024'");

        assertThat(requests(posted(CHARGES))).isEqualTo(1);
    }

    @Test
    @DisplayName("PAY-4 each municipality calls with its own key")
    void PAY4_each_municipality_calls_with_its_own_key() {
        nets.stubFor(post(CANCELS).willReturn(aResponse().withStatus(204)));

        port.cancel(PAYMENT_ID, FEE, "cancel-1", NetsKeys.of("nets-0147-2026"));

        assertThat(requests(posted(CANCELS).withHeader("Authorization", equalTo("test-secret-key-0147-2026")))).isEqualTo(1);
    }
}
