package dk.sygesikring.adapters.digitalpost;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * INT-5: retry with backoff and circuit breaker around every Digital Post call. application-test.yml shortens the
 * timings: read timeout 1 s, 10 ms first backoff, 300 ms in open state; 3 attempts as in production.
 */
@MicronautTest
class DigitalPostResilienceTest extends DigitalPostWireMockTest {

    @Inject MeterRegistry meterRegistry;

    @Test
    @DisplayName("INT-5 a persistent 503 is retried then digital post is unavailable")
    void INT5_a_persistent_503_is_retried_then_digital_post_is_unavailable() {
        digitalPost.stubFor(message().willReturn(serviceUnavailable()));

        assertUnavailable(DigitalPostUnavailableException.class).hasMessageContaining("after 3 attempts");

        assertThat(requests(messageRequests())).isEqualTo(3);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 every retry of a message carries the same idempotency key so digital post delivers once")
    void INT5_every_retry_carries_the_same_idempotency_key() {
        digitalPost.stubFor(message().inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("back"));
        digitalPost.stubFor(message().inScenario("outage").whenScenarioStateIs("back")
                .willReturn(jsonAnswer(201, DELIVERED)));

        assertThat(port.send(RECEIPT)).isInstanceOf(DigitalPostOutcome.Delivered.class);

        assertThat(requests(messageRequests())).isEqualTo(2);
        assertThat(requests(messageRequests().withHeader("Idempotency-Key", equalTo(MESSAGE_ID.toString())))).isEqualTo(2);
    }

    @Test
    @DisplayName("INT-5 an answer slower than the read timeout is retried then digital post is unavailable")
    void INT5_an_answer_slower_than_the_read_timeout_is_retried() {
        digitalPost.stubFor(message().willReturn(jsonAnswer(201, DELIVERED).withFixedDelay(1500)));

        long started = System.nanoTime();
        assertUnavailable(DigitalPostUnavailableException.class).hasMessageContaining("read timeout");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(requests(messageRequests())).isEqualTo(3);
        // three attempts cut off at 1 s each, not three full answers at 1.5 s
        assertThat(elapsedMillis).isBetween(3 * 1000L, 3 * 1500L);
    }

    @Test
    @DisplayName("INT-5 a connection reset is retried then digital post is unavailable")
    void INT5_a_connection_reset_is_retried_then_digital_post_is_unavailable() {
        digitalPost.stubFor(message().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertUnavailable(DigitalPostUnavailableException.class);

        assertThat(requests(messageRequests())).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 a connection closed without an answer is retried then digital post is unavailable")
    void INT5_a_connection_closed_without_an_answer_is_retried() {
        digitalPost.stubFor(message().willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertUnavailable(DigitalPostUnavailableException.class);

        assertThat(requests(messageRequests())).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 the circuit opens after repeated failures and then fails fast without a request")
    void INT5_the_circuit_opens_after_repeated_failures_and_then_fails_fast() {
        digitalPost.stubFor(message().willReturn(serviceUnavailable()));

        // 3 failed attempts, then 2 more: 5 failures reach the minimum number of calls at 100 % > 50 %
        assertUnavailable(DigitalPostUnavailableException.class);
        assertUnavailable(CallNotPermittedException.class);
        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(requests(messageRequests())).isEqualTo(5);

        assertUnavailable(CallNotPermittedException.class).hasMessageContaining("circuit breaker is open");

        assertThat(requests(messageRequests())).as("no request while the circuit is open").isEqualTo(5);
    }

    @Test
    @DisplayName("INT-5 after the open state a probe that succeeds closes the circuit again")
    void INT5_after_the_open_state_a_successful_probe_closes_the_circuit() throws InterruptedException {
        digitalPost.stubFor(message().willReturn(serviceUnavailable()));
        assertUnavailable(DigitalPostUnavailableException.class);
        assertUnavailable(CallNotPermittedException.class);
        digitalPost.resetAll();
        digitalPost.stubFor(message().willReturn(jsonAnswer(201, DELIVERED)));

        Thread.sleep(400); // past the 300 ms open state
        port.send(RECEIPT);
        port.send(RECEIPT);

        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    @DisplayName("INT-5 retry and circuit breaker metrics are published under the name digital-post")
    void INT5_metrics_are_published_under_the_name_digital_post() {
        digitalPost.stubFor(message().willReturn(jsonAnswer(201, DELIVERED)));

        port.send(RECEIPT);

        assertThat(meterRegistry.get("resilience4j.retry.calls")
                .tags("name", "digital-post", "kind", "successful_without_retry").functionCounter().count()).isPositive();
        assertThat(meterRegistry.find("resilience4j.circuitbreaker.state").tag("name", "digital-post").gauges()).isNotEmpty();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertUnavailable(Class<? extends Throwable> cause) {
        return assertThatThrownBy(() -> port.send(RECEIPT))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        e -> assertThat(e.system()).isEqualTo("Digital Post"))
                .hasCauseInstanceOf(cause);
    }
}
