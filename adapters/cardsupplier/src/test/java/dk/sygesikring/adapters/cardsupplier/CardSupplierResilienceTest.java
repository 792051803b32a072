package dk.sygesikring.adapters.cardsupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierCancellation;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOutcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * INT-5: retry with backoff and circuit breaker around every card supplier call. application-test.yml shortens the
 * timings: read timeout 1 s, 10 ms first backoff, 300 ms in open state; 3 attempts as in production.
 */
@MicronautTest
class CardSupplierResilienceTest extends CardSupplierWireMockTest {

    @Inject MeterRegistry meterRegistry;

    @Test
    @DisplayName("INT-5 a persistent 503 is retried then the card supplier is unavailable")
    void INT5_a_persistent_503_is_retried_then_the_card_supplier_is_unavailable() {
        supplier.stubFor(order().willReturn(serviceUnavailable()));

        assertOrderUnavailable(CardSupplierUnavailableException.class).hasMessageContaining("after 3 attempts");

        assertThat(requests(orderRequests())).isEqualTo(3);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 every retry of an order carries the same idempotency key so the card supplier makes one card")
    void INT5_every_retry_carries_the_same_idempotency_key() {
        supplier.stubFor(order().inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("still down"));
        supplier.stubFor(order().inScenario("outage").whenScenarioStateIs("still down")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("back"));
        supplier.stubFor(order().inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson(RECEIVED)));

        assertThat(port.order(ORDER)).isInstanceOf(CardSupplierOutcome.Accepted.class);

        assertThat(requests(orderRequests())).isEqualTo(3);
        assertThat(requests(orderRequests().withHeader("Idempotency-Key", equalTo(ORDER_ID.toString())))).isEqualTo(3);
        List<String> bodies = supplier.findAll(orderRequests()).stream().map(request -> request.getBodyAsString()).toList();
        assertThat(bodies).as("the same order on every attempt").containsOnly(bodies.getFirst());
    }

    @Test
    @DisplayName("INT-5 a cancellation is retried after a 502 and then maps to the supplier's answer")
    void INT5_a_cancellation_is_retried_after_a_502() {
        supplier.stubFor(cancellation().inScenario("blip").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("back"));
        supplier.stubFor(cancellation().inScenario("blip").whenScenarioStateIs("back").willReturn(okJson(CANCELLED)));

        assertThat(port.cancel(ORDER_ID)).isInstanceOf(CardSupplierCancellation.Cancelled.class);

        assertThat(requests(cancellationRequests())).isEqualTo(2);
    }

    @Test
    @DisplayName("INT-5 a cancellation that meets a persistent 500 is retried then the card supplier is unavailable")
    void INT5_a_cancellation_meeting_a_persistent_500_is_unavailable() {
        supplier.stubFor(cancellation().willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> port.cancel(ORDER_ID))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        e -> assertThat(e.system()).isEqualTo("Card supplier"))
                .hasCauseInstanceOf(CardSupplierUnavailableException.class);

        assertThat(requests(cancellationRequests())).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 an answer slower than the read timeout is retried then the card supplier is unavailable")
    void INT5_an_answer_slower_than_the_read_timeout_is_retried() {
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED).withFixedDelay(1500)));

        long started = System.nanoTime();
        assertOrderUnavailable(CardSupplierUnavailableException.class).hasMessageContaining("read timeout");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(requests(orderRequests())).isEqualTo(3);
        // three attempts cut off at 1 s each, not three full answers at 1.5 s
        assertThat(elapsedMillis).isBetween(3 * 1000L, 3 * 1500L);
    }

    @Test
    @DisplayName("INT-5 a slow answer within the read timeout is an answer, not a failure")
    void INT5_a_slow_answer_within_the_read_timeout_is_an_answer() {
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED).withFixedDelay(400)));

        assertThat(port.order(ORDER)).isInstanceOf(CardSupplierOutcome.Accepted.class);

        assertThat(requests(orderRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("INT-5 a connection reset is retried then the card supplier is unavailable")
    void INT5_a_connection_reset_is_retried_then_the_card_supplier_is_unavailable() {
        supplier.stubFor(order().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertOrderUnavailable(CardSupplierUnavailableException.class);

        assertThat(requests(orderRequests())).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 a connection closed without an answer is retried then the card supplier is unavailable")
    void INT5_a_connection_closed_without_an_answer_is_retried() {
        supplier.stubFor(order().willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertOrderUnavailable(CardSupplierUnavailableException.class);

        assertThat(requests(orderRequests())).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 the circuit opens after repeated failures and then fails fast without a request, for orders and cancellations")
    void INT5_the_circuit_opens_after_repeated_failures_and_then_fails_fast() {
        supplier.stubFor(order().willReturn(serviceUnavailable()));

        // 3 failed attempts, then 2 more: 5 failures reach the minimum number of calls at 100 % > 50 %
        assertOrderUnavailable(CardSupplierUnavailableException.class);
        assertOrderUnavailable(CallNotPermittedException.class);
        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(requests(orderRequests())).isEqualTo(5);

        assertOrderUnavailable(CallNotPermittedException.class).hasMessageContaining("circuit breaker is open");
        assertThatThrownBy(() -> port.cancel(ORDER_ID)).isInstanceOf(ExternalSystemUnavailableException.class)
                .hasCauseInstanceOf(CallNotPermittedException.class);

        assertThat(requests(orderRequests())).as("no request while the circuit is open").isEqualTo(5);
        assertThat(requests(cancellationRequests())).isZero();
    }

    @Test
    @DisplayName("INT-5 after the open state a probe that succeeds closes the circuit again")
    void INT5_after_the_open_state_a_successful_probe_closes_the_circuit() throws InterruptedException {
        supplier.stubFor(order().willReturn(serviceUnavailable()));
        assertOrderUnavailable(CardSupplierUnavailableException.class);
        assertOrderUnavailable(CallNotPermittedException.class);
        supplier.resetAll();
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED)));

        Thread.sleep(400); // past the 300 ms open state
        port.order(ORDER);
        port.order(ORDER);

        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    @DisplayName("INT-5 retry and circuit breaker metrics are published under the name card-supplier")
    void INT5_metrics_are_published_under_the_name_card_supplier() {
        supplier.stubFor(order().willReturn(jsonAnswer(201, RECEIVED)));

        port.order(ORDER);

        assertThat(meterRegistry.get("resilience4j.retry.calls")
                .tags("name", "card-supplier", "kind", "successful_without_retry").functionCounter().count()).isPositive();
        assertThat(meterRegistry.find("resilience4j.circuitbreaker.state").tag("name", "card-supplier").gauges()).isNotEmpty();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertOrderUnavailable(Class<? extends Throwable> cause) {
        return assertThatThrownBy(() -> port.order(ORDER))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        e -> assertThat(e.system()).isEqualTo("Card supplier"))
                .hasCauseInstanceOf(cause);
    }
}
