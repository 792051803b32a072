package dk.sygesikring.adapters.nets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.nets.NetsOutcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * INT-5: retry with backoff and circuit breaker around every Nets call, with the same idempotency key on every
 * attempt so that Nets charges once. application-test.yml shortens the timings: read timeout 1 s, 10 ms first
 * backoff, 300 ms in open state; 3 attempts as in production.
 */
@MicronautTest
class NetsResilienceTest extends NetsWireMockTest {

    @Inject MeterRegistry meterRegistry;

    @Test
    @DisplayName("INT-5 a persistent 503 is retried then Nets is unavailable")
    void INT5_a_persistent_503_is_retried_then_nets_is_unavailable() {
        nets.stubFor(post(CHARGES).willReturn(serviceUnavailable()));

        assertUnavailable(NetsUnavailableException.class).hasMessageContaining("after 3 attempts");

        assertThat(requests(posted(CHARGES))).isEqualTo(3);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 every retry of a charge carries the same key and idempotency key so Nets charges once")
    void INT5_every_retry_of_a_charge_carries_the_same_idempotency_key() {
        outageThen(CHARGES, jsonAnswer(201, CHARGED));

        assertThat(port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-card-order-1", KEYS)).isInstanceOf(NetsOutcome.Done.class);

        assertThat(requests(posted(CHARGES))).isEqualTo(2);
        assertThat(requests(posted(CHARGES).withHeader("Idempotency-Key", equalTo("charge-card-order-1"))
                .withHeader("Authorization", equalTo(CURRENT_KEY)))).isEqualTo(2);
    }

    @Test
    @DisplayName("INT-5 every retry of a payment, a cancel and a refund carries its idempotency key")
    void INT5_every_retry_of_a_payment_cancel_and_refund_carries_its_idempotency_key() {
        outageThen(PAYMENTS, jsonAnswer(201, CREATED));
        outageThen(CANCELS, aResponse().withStatus(204));
        outageThen(REFUNDS, jsonAnswer(201, REFUNDED));

        port.createPayment(REQUEST, KEYS);
        circuitBreaker().reset(); // three outages in a row would open it
        port.cancel(PAYMENT_ID, FEE, "cancel-order-1", KEYS);
        circuitBreaker().reset();
        port.refund(CHARGE_ID, FEE, "refund-card-order-1", KEYS);

        assertThat(requests(posted(PAYMENTS).withHeader("Idempotency-Key", equalTo(REFERENCE.toString())))).isEqualTo(2);
        assertThat(requests(posted(CANCELS).withHeader("Idempotency-Key", equalTo("cancel-order-1")))).isEqualTo(2);
        assertThat(requests(posted(REFUNDS).withHeader("Idempotency-Key", equalTo("refund-card-order-1")))).isEqualTo(2);
    }

    @Test
    @DisplayName("INT-5 an answer slower than the read timeout is retried then Nets is unavailable")
    void INT5_an_answer_slower_than_the_read_timeout_is_retried() {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(201, CHARGED).withFixedDelay(1500)));

        long started = System.nanoTime();
        assertUnavailable(NetsUnavailableException.class).hasMessageContaining("read timeout");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(requests(posted(CHARGES))).isEqualTo(3);
        // three attempts cut off at 1 s each, not three full answers at 1.5 s
        assertThat(elapsedMillis).isBetween(3 * 1000L, 3 * 1500L);
    }

    @Test
    @DisplayName("INT-5 a slow answer within the read timeout is an answer like any other")
    void INT5_a_slow_answer_within_the_read_timeout_is_an_answer() {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(201, CHARGED).withFixedDelay(400)));

        assertThat(port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS)).isInstanceOf(NetsOutcome.Done.class);

        assertThat(requests(posted(CHARGES))).isEqualTo(1);
    }

    @Test
    @DisplayName("INT-5 a connection reset is retried then Nets is unavailable")
    void INT5_a_connection_reset_is_retried_then_nets_is_unavailable() {
        nets.stubFor(post(CHARGES).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertUnavailable(NetsUnavailableException.class);

        assertThat(requests(posted(CHARGES))).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 a connection closed without an answer is retried then Nets is unavailable")
    void INT5_a_connection_closed_without_an_answer_is_retried() {
        nets.stubFor(post(CHARGES).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertUnavailable(NetsUnavailableException.class);

        assertThat(requests(posted(CHARGES))).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 an outage under the current key is not taken for a refused key: the previous key is not tried")
    void INT5_an_outage_is_not_a_refused_key() {
        nets.stubFor(post(CHARGES).willReturn(serviceUnavailable()));

        assertUnavailable(NetsUnavailableException.class);

        assertThat(requests(posted(CHARGES).withHeader("Authorization", equalTo(PREVIOUS_KEY)))).isZero();
    }

    @Test
    @DisplayName("INT-5 the circuit opens after repeated failures and then fails fast without a request")
    void INT5_the_circuit_opens_after_repeated_failures_and_then_fails_fast() {
        nets.stubFor(post(CHARGES).willReturn(serviceUnavailable()));

        // 3 failed attempts, then 2 more: 5 failures reach the minimum number of calls at 100 % > 50 %
        assertUnavailable(NetsUnavailableException.class);
        assertUnavailable(CallNotPermittedException.class);
        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(requests(posted(CHARGES))).isEqualTo(5);

        assertUnavailable(CallNotPermittedException.class).hasMessageContaining("circuit breaker is open");

        assertThat(requests(posted(CHARGES))).as("no request while the circuit is open").isEqualTo(5);
    }

    @Test
    @DisplayName("INT-5 after the open state a probe that succeeds closes the circuit again")
    void INT5_after_the_open_state_a_successful_probe_closes_the_circuit() throws InterruptedException {
        nets.stubFor(post(CHARGES).willReturn(serviceUnavailable()));
        assertUnavailable(NetsUnavailableException.class);
        assertUnavailable(CallNotPermittedException.class);
        nets.resetAll();
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(201, CHARGED)));

        Thread.sleep(400); // past the 300 ms open state
        port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS);
        port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS);

        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    @DisplayName("INT-5 retry and circuit breaker metrics are published under the name nets")
    void INT5_metrics_are_published_under_the_name_nets() {
        nets.stubFor(post(CHARGES).willReturn(jsonAnswer(201, CHARGED)));

        port.charge(PAYMENT_ID, FEE, "card-order-1", "charge-1", KEYS);

        assertThat(meterRegistry.get("resilience4j.retry.calls")
                .tags("name", "nets", "kind", "successful_without_retry").functionCounter().count()).isPositive();
        assertThat(meterRegistry.find("resilience4j.circuitbreaker.state").tag("name", "nets").gauges()).isNotEmpty();
    }

    /** The first request to the path gets 503, the next the answer. */
    private void outageThen(String path, ResponseDefinitionBuilder answer) {
        nets.stubFor(post(path).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("back"));
        nets.stubFor(post(path).inScenario(path).whenScenarioStateIs("back").willReturn(answer));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertUnavailable(Class<? extends Throwable> cause) {
        return assertThatThrownBy(() -> port.charge(PAYMENT_ID, new BigDecimal("149.50"), "card-order-1", "charge-1", KEYS))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        e -> assertThat(e.system()).isEqualTo("Nets"))
                .hasCauseInstanceOf(cause);
    }
}
