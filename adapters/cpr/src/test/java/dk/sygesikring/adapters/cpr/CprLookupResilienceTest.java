package dk.sygesikring.adapters.cpr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * INT-5: retry with backoff and circuit breaker around the CPR call. application-test.yml shortens the
 * timings: read timeout 1 s, 10 ms first backoff, 300 ms in open state; 3 attempts as in production.
 */
@MicronautTest
class CprLookupResilienceTest extends CprWireMockTest {

    static final int MAX_ATTEMPTS = 3;
    static final String FOUND = CprLookupMappingTest.METTE_WITH_FAMILY;

    @Inject MeterRegistry meterRegistry;

    @Test
    @DisplayName("INT-5 two server errors then an answer succeed on the third attempt with one warning per retry")
    void INT5_two_server_errors_then_an_answer_succeed_on_the_third_attempt_with_one_warning_per_retry() {
        answerInTurn(serverError(), serverError(), okJson(FOUND));
        ListAppender<ILoggingEvent> log = captureLog();

        assertThat(port.lookUp(METTE)).hasValueSatisfying(found -> assertThat(found.person().cpr()).isEqualTo(METTE));

        assertThat(requestsForMette()).isEqualTo(3);
        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .satisfiesExactly(
                        first -> assertThat(first).contains("attempt 1 of 3", "500"),
                        second -> assertThat(second).contains("attempt 2 of 3", "500"));
        assertThat(log.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    @Test
    @DisplayName("INT-5 persistent 503 is CPR unavailable after max attempts")
    void INT5_persistent_503_is_CPR_unavailable_after_max_attempts() {
        cpr.stubFor(lookUpOfMette().willReturn(serviceUnavailable()));

        assertUnavailable(CprUnavailableException.class);

        assertThat(requestsForMette()).isEqualTo(MAX_ATTEMPTS);
        assertThat(circuitBreaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    @DisplayName("INT-5 an answer slower than the read timeout is retried then CPR is unavailable")
    void INT5_an_answer_slower_than_the_read_timeout_is_retried_then_CPR_is_unavailable() {
        cpr.stubFor(lookUpOfMette().willReturn(okJson(FOUND).withFixedDelay(1500)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> port.lookUp(METTE))
                .isInstanceOf(ExternalSystemUnavailableException.class)
                .hasMessageContaining("read timeout");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(requestsForMette()).isEqualTo(MAX_ATTEMPTS);
        // three attempts cut off at 1 s each, not three full answers at 1.5 s
        assertThat(elapsedMillis).isBetween(3 * 1000L, 3 * 1500L);
    }

    @Test
    @DisplayName("INT-5 a connection reset is retried then CPR is unavailable")
    void INT5_a_connection_reset_is_retried_then_CPR_is_unavailable() {
        cpr.stubFor(lookUpOfMette().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertUnavailable(CprUnavailableException.class);

        assertThat(requestsForMette()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    @DisplayName("INT-5 an empty response is retried and the next answer is used")
    void INT5_an_empty_response_is_retried_and_the_next_answer_is_used() {
        answerInTurn(aResponse().withFault(Fault.EMPTY_RESPONSE), okJson(FOUND));

        assertThat(port.lookUp(METTE)).isPresent();

        assertThat(requestsForMette()).isEqualTo(2);
    }

    @Test
    @DisplayName("INT-5 the circuit opens after repeated failures fails fast and closes after successful probes")
    void INT5_the_circuit_opens_after_repeated_failures_fails_fast_and_closes_after_successful_probes()
            throws InterruptedException {
        cpr.stubFor(lookUpOfMette().willReturn(serviceUnavailable()));

        // 3 failed attempts, then 2 more: 5 failures reach the minimum number of calls at 100 % > 50 %
        assertUnavailable(CprUnavailableException.class);
        assertUnavailable(CallNotPermittedException.class);
        assertThat(requestsForMette()).isEqualTo(5);
        assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertUnavailable(CallNotPermittedException.class);
        assertThat(requestsForMette()).as("no request while the circuit is open").isEqualTo(5);

        cpr.resetAll();
        cpr.stubFor(lookUpOfMette().willReturn(okJson(FOUND)));
        Thread.sleep(400); // the test configuration waits 300 ms in open state

        assertThat(port.lookUp(METTE)).isPresent();
        assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(port.lookUp(METTE)).isPresent();
        assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(requestsForMette()).isEqualTo(2);
    }

    @Test
    @DisplayName("INT-5 retry and circuit breaker metrics are published")
    void INT5_retry_and_circuit_breaker_metrics_are_published() {
        double retriedBefore = successfulWithRetry();
        answerInTurn(serverError(), okJson(FOUND));

        port.lookUp(METTE);

        assertThat(successfulWithRetry()).isEqualTo(retriedBefore + 1);
        assertThat(meterRegistry.find("resilience4j.circuitbreaker.state").tag("name", "cpr").gauges()).isNotEmpty();
        assertThat(meterRegistry.find("resilience4j.circuitbreaker.calls").tag("name", "cpr").meters()).isNotEmpty();
    }

    private double successfulWithRetry() {
        return meterRegistry.get("resilience4j.retry.calls")
                .tags("name", "cpr", "kind", "successful_with_retry").functionCounter().count();
    }

    private void assertUnavailable(Class<? extends Throwable> cause) {
        assertThatThrownBy(() -> port.lookUp(METTE))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        e -> assertThat(e.system()).isEqualTo("CPR"))
                .hasCauseInstanceOf(cause);
    }

    /** The answers in this order, the last one repeated (a WireMock scenario). */
    private void answerInTurn(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? STARTED : "answer " + i;
            var stub = lookUpOfMette().inScenario("answers").whenScenarioStateIs(state).willReturn(answers[i]);
            cpr.stubFor(i + 1 < answers.length ? stub.willSetStateTo("answer " + (i + 1)) : stub);
        }
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        Logger logger = (Logger) LoggerFactory.getLogger(CprLookupAdapter.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }
}
