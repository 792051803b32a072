package dk.sygesikring.adapters.luna;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * INT-5: retry with backoff and circuit breaker around every LUNA call. application-test.yml shortens the timings:
 * read timeout 1 s, 10 ms first backoff, 300 ms in open state; 3 attempts as in production.
 */
@MicronautTest
class LunaResilienceTest extends LunaWireMockTest {

    @Inject MeterRegistry meterRegistry;

    @Test
    @DisplayName("INT-5 a persistent 503 is retried then luna is unavailable")
    void INT5_a_persistent_503_is_retried_then_luna_is_unavailable() {
        luna.stubFor(registration().willReturn(serviceUnavailable()));

        assertUnavailable(LunaUnavailableException.class).hasMessageContaining("after 3 attempts");

        assertThat(requests(registrationRequests())).isEqualTo(3);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 every retry of a registration carries the same idempotency key so luna registers once")
    void INT5_every_retry_of_a_registration_carries_the_same_idempotency_key_so_luna_registers_once() {
        luna.stubFor(registration().inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("back"));
        luna.stubFor(registration().inScenario("outage").whenScenarioStateIs("back")
                .willReturn(jsonAnswer(201, REGISTERED)));

        assertThat(port.register(DOCTOR_CHOICE, KEY)).isInstanceOf(LunaOutcome.Registered.class);

        assertThat(requests(registrationRequests())).isEqualTo(2);
        assertThat(requests(registrationRequests().withHeader("Idempotency-Key", equalTo(KEY)))).isEqualTo(2);
    }

    @Test
    @DisplayName("INT-5 an answer slower than the read timeout is retried then luna is unavailable")
    void INT5_an_answer_slower_than_the_read_timeout_is_retried_then_luna_is_unavailable() {
        luna.stubFor(registration().willReturn(jsonAnswer(201, REGISTERED).withFixedDelay(1500)));

        long started = System.nanoTime();
        assertUnavailable(LunaUnavailableException.class).hasMessageContaining("read timeout");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(requests(registrationRequests())).isEqualTo(3);
        // three attempts cut off at 1 s each, not three full answers at 1.5 s
        assertThat(elapsedMillis).isBetween(3 * 1000L, 3 * 1500L);
    }

    @Test
    @DisplayName("INT-5 a connection reset is retried then luna is unavailable")
    void INT5_a_connection_reset_is_retried_then_luna_is_unavailable() {
        luna.stubFor(registration().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertUnavailable(LunaUnavailableException.class);

        assertThat(requests(registrationRequests())).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-5 the circuit opens after repeated failures and then fails fast without a request")
    void INT5_the_circuit_opens_after_repeated_failures_and_then_fails_fast_without_a_request() {
        luna.stubFor(registration().willReturn(serviceUnavailable()));

        // 3 failed attempts, then 2 more: 5 failures reach the minimum number of calls at 100 % > 50 %
        assertUnavailable(LunaUnavailableException.class);
        assertUnavailable(CallNotPermittedException.class);
        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(requests(registrationRequests())).isEqualTo(5);

        assertUnavailable(CallNotPermittedException.class).hasMessageContaining("circuit breaker is open");

        assertThat(requests(registrationRequests())).as("no request while the circuit is open").isEqualTo(5);
    }

    @Test
    @DisplayName("INT-5 retry and circuit breaker metrics are published under the name luna")
    void INT5_retry_and_circuit_breaker_metrics_are_published_under_the_name_luna() {
        luna.stubFor(registration().willReturn(okJson(REGISTERED)));

        port.register(DOCTOR_CHOICE, KEY);

        assertThat(meterRegistry.get("resilience4j.retry.calls")
                .tags("name", "luna", "kind", "successful_without_retry").functionCounter().count()).isPositive();
        assertThat(meterRegistry.find("resilience4j.circuitbreaker.state").tag("name", "luna").gauges()).isNotEmpty();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertUnavailable(Class<? extends Throwable> cause) {
        return assertThatThrownBy(() -> port.register(DOCTOR_CHOICE, KEY))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        e -> assertThat(e.system()).isEqualTo("LUNA"))
                .hasCauseInstanceOf(cause);
    }
}
