package dk.sygesikring.server.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.AuditLog;
import dk.sygesikring.server.support.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * INT-5 seen by the caller: when CPR fails, the caller gets a clear 503 problem, nothing is written
 * (no person, no audit line), and the service stays healthy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CprOutageApiTest implements TestPropertyProvider {

    private static final String PERSON = "1203851232";

    private final WireMockServer cpr = startWireMock();

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject AuditLog auditLog;
    @Inject @Named("cpr") CircuitBreaker circuitBreaker;
    ApiClient api;

    private static WireMockServer startWireMock() {
        WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
        return wireMock;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "sygesikring.cpr.url", cpr.baseUrl(),
                "sygesikring.cpr.read-timeout", "300ms",
                "sygesikring.cpr.retry.initial-wait", "10ms",
                "sygesikring.cpr.circuit-breaker.wait-duration-in-open-state", "60s");
    }

    @AfterAll
    void stopWireMock() {
        cpr.stop();
    }

    @BeforeEach
    void reset() {
        cpr.resetAll();
        circuitBreaker.reset();
        api = new ApiClient(server);
    }

    @Test
    @DisplayName("INT-5 cpr answering 503 gives a 503 problem after retries and nothing is written")
    void INT5_cpr_answering_503_gives_a_503_problem_after_retries_and_nothing_is_written() {
        cpr.stubFor(WireMock.get(anyUrl()).willReturn(aResponse().withStatus(503)));

        lookUpAndExpect503();

        cpr.verify(3, getRequestedFor(urlPathMatching("/cpr/persons/" + PERSON)));
        assertNothingWritten();
    }

    @Test
    @DisplayName("INT-5 a slow cpr times out and a reset connection fails the same way")
    void INT5_a_slow_cpr_times_out_and_a_reset_connection_fails_the_same_way() {
        cpr.stubFor(WireMock.get(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(1_000)));
        lookUpAndExpect503();

        circuitBreaker.reset();
        cpr.resetAll();
        cpr.stubFor(WireMock.get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        lookUpAndExpect503();
        assertNothingWritten();
    }

    @Test
    @DisplayName("INT-5 with the circuit open the caller gets 503 at once and cpr is not called")
    void INT5_with_the_circuit_open_the_caller_gets_503_at_once_and_cpr_is_not_called() {
        cpr.stubFor(WireMock.get(anyUrl()).willReturn(aResponse().withStatus(500)));
        lookUpAndExpect503();
        lookUpAndExpect503();
        assertThat(circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int requestsSoFar = cpr.getAllServeEvents().size();

        lookUpAndExpect503();

        assertThat(cpr.getAllServeEvents()).hasSize(requestsSoFar);
        assertNothingWritten();
    }

    @Test
    void the_retry_warnings_written_inside_a_request_carry_its_correlation_id() {
        cpr.stubFor(WireMock.get(anyUrl()).willReturn(aResponse().withStatus(503)));
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger adapterLog = (Logger) LoggerFactory.getLogger("dk.sygesikring.adapters.cpr");
        captured.start();
        adapterLog.addAppender(captured);
        try {
            api.as(tokens.caseworker("101", "cw-101-1")).header("X-Correlation-Id", "outage-test-7")
                    .post("/persons/{cpr}/cpr-lookup", PERSON).then().statusCode(503);
        } finally {
            adapterLog.detachAppender(captured);
        }
        assertThat(captured.list).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getMDCPropertyMap()).containsEntry("correlationId", "outage-test-7"));
    }

    @Test
    @DisplayName("INT-2 reading a person never calls cpr")
    void INT2_reading_a_person_never_calls_cpr() {
        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}", PERSON).then().statusCode(404);
        assertThat(cpr.getAllServeEvents()).isEmpty();
    }

    private void lookUpAndExpect503() {
        api.as(tokens.caseworker("101", "cw-101-1")).post("/persons/{cpr}/cpr-lookup", PERSON)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo("urn:sygesikring:problem:external-system-unavailable"))
                .body("detail", equalTo("CPR did not answer. Nothing was changed; try again later."));
    }

    private void assertNothingWritten() {
        api.as(tokens.caseworker("101", "cw-101-1")).get("/persons/{cpr}", PERSON).then().statusCode(404);
        assertThat(auditLog.linesAbout(PERSON)).extracting(AuditLog.Line::action).doesNotContain("CPR_ONLINE_LOOKUP");
    }
}
