package dk.sygesikring.adapters.print;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * INT-4, INT-5: retry with backoff and circuit breaker around every call to the print service. application-test.yml
 * shortens the timings: read timeout 1 s, 10 ms first backoff, 300 ms in open state; 3 attempts as in production.
 */
@MicronautTest
class PrintResilienceTest extends PrintWireMockTest {

    @Inject MeterRegistry meterRegistry;

    @Test
    @DisplayName("INT-4 a persistent 503 is retried then remote print is unavailable")
    void INT4_a_persistent_503_is_retried_then_remote_print_is_unavailable() {
        printService.stubFor(letter().willReturn(serviceUnavailable()));

        assertSubmitUnavailable(PrintUnavailableException.class).hasMessageContaining("after 3 attempts")
                .hasMessageNotContaining(SOFIE.value());

        assertThat(requests(letterRequests())).isEqualTo(3);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-4 every retry of a letter carries the same letter id and body so the print service prints it once")
    void INT4_every_retry_carries_the_same_letter_id() {
        printService.stubFor(letter().inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("still down"));
        printService.stubFor(letter().inScenario("outage").whenScenarioStateIs("still down")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("back"));
        printService.stubFor(letter().inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson(ACCEPTED)));

        assertThat(port.submit(JOB)).isInstanceOf(PrintOutcome.Accepted.class);

        assertThat(requests(letterRequests())).isEqualTo(3);
        assertThat(requests(letterRequests().withRequestBody(
                matchingJsonPath("$.afsendelseIdentifikator", equalTo(LETTER_ID.toString()))))).isEqualTo(3);
        List<String> bodies = printService.findAll(letterRequests()).stream().map(request -> request.getBodyAsString()).toList();
        assertThat(bodies).as("the same letter on every attempt").containsOnly(bodies.getFirst());
    }

    @Test
    @DisplayName("INT-4 an answer slower than the read timeout is retried then remote print is unavailable")
    void INT4_an_answer_slower_than_the_read_timeout_is_retried() {
        printService.stubFor(letter().willReturn(jsonAnswer(202, ACCEPTED).withFixedDelay(1500)));

        long started = System.nanoTime();
        assertSubmitUnavailable(PrintUnavailableException.class).hasMessageContaining("read timeout");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(requests(letterRequests())).isEqualTo(3);
        // three attempts cut off at 1 s each, not three full answers at 1.5 s
        assertThat(elapsedMillis).isBetween(3 * 1000L, 3 * 1500L);
    }

    @Test
    @DisplayName("INT-4 a slow answer within the read timeout is an answer, not a failure")
    void INT4_a_slow_answer_within_the_read_timeout_is_an_answer() {
        printService.stubFor(letter().willReturn(jsonAnswer(202, ACCEPTED).withFixedDelay(400)));

        assertThat(port.submit(JOB)).isInstanceOf(PrintOutcome.Accepted.class);

        assertThat(requests(letterRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("INT-4 a connection reset is retried then remote print is unavailable")
    void INT4_a_connection_reset_is_retried_then_remote_print_is_unavailable() {
        printService.stubFor(letter().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertSubmitUnavailable(PrintUnavailableException.class);

        assertThat(requests(letterRequests())).isEqualTo(3);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-4 a connection closed without an answer is retried then remote print is unavailable")
    void INT4_a_connection_closed_without_an_answer_is_retried() {
        printService.stubFor(letter().willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertSubmitUnavailable(PrintUnavailableException.class);

        assertThat(requests(letterRequests())).isEqualTo(3);
    }

    @Test
    @DisplayName("INT-4 a 500 once is retried and the letter is then accepted with the print service's answer")
    void INT4_a_500_once_is_retried_and_then_accepted() {
        printService.stubFor(letter().inScenario("blip").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("back"));
        printService.stubFor(letter().inScenario("blip").whenScenarioStateIs("back").willReturn(jsonAnswer(202, ACCEPTED)));

        assertThat(port.submit(JOB)).isEqualTo(new PrintOutcome.Accepted("FP-000042",
                Instant.parse("2026-11-22T09:00:00Z")));

        assertThat(requests(letterRequests())).isEqualTo(2);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    @DisplayName("INT-4 the circuit opens after repeated failures and then fails fast without a request")
    void INT4_the_circuit_opens_after_repeated_failures_and_then_fails_fast() {
        printService.stubFor(letter().willReturn(serviceUnavailable()));

        // 3 failed attempts, then 2 more: 5 failures reach the minimum number of calls at 100 % > 50 %
        assertSubmitUnavailable(PrintUnavailableException.class);
        assertSubmitUnavailable(CallNotPermittedException.class);
        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(requests(letterRequests())).isEqualTo(5);

        assertSubmitUnavailable(CallNotPermittedException.class).hasMessageContaining("circuit breaker is open");

        assertThat(requests(letterRequests())).as("no request while the circuit is open").isEqualTo(5);
    }

    @Test
    @DisplayName("INT-4 after the open state a probe that succeeds closes the circuit again")
    void INT4_after_the_open_state_a_successful_probe_closes_the_circuit() throws InterruptedException {
        printService.stubFor(letter().willReturn(serviceUnavailable()));
        assertSubmitUnavailable(PrintUnavailableException.class);
        assertSubmitUnavailable(CallNotPermittedException.class);
        printService.resetAll();
        printService.stubFor(letter().willReturn(jsonAnswer(202, ACCEPTED)));

        // until the 300 ms open state is over, each call fails at once without a request
        int refused = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (circuitBreaker().getState() == CircuitBreaker.State.OPEN && System.nanoTime() < deadline) {
            try {
                port.submit(JOB);
            } catch (ExternalSystemUnavailableException e) {
                assertThat(e).hasCauseInstanceOf(CallNotPermittedException.class);
                refused++;
                Thread.sleep(20);
            }
        }
        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(port.submit(JOB)).isInstanceOf(PrintOutcome.Accepted.class);

        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(requests(letterRequests())).as("only the two probes reached the print service").isEqualTo(2);
        assertThat(refused).isPositive();
    }

    @Test
    @DisplayName("INT-4 retry and circuit breaker metrics are published under the name print")
    void INT4_metrics_are_published_under_the_name_print() {
        printService.stubFor(letter().willReturn(jsonAnswer(202, ACCEPTED)));

        port.submit(JOB);

        assertThat(meterRegistry.get("resilience4j.retry.calls")
                .tags("name", "print", "kind", "successful_without_retry").functionCounter().count()).isPositive();
        assertThat(meterRegistry.find("resilience4j.circuitbreaker.state").tag("name", "print").gauges()).isNotEmpty();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertSubmitUnavailable(Class<? extends Throwable> cause) {
        return assertThatThrownBy(() -> port.submit(JOB))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        e -> assertThat(e.system()).isEqualTo("Remote print"))
                .hasCauseInstanceOf(cause);
    }
}
