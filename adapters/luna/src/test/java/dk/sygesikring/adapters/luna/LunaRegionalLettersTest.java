package dk.sygesikring.adapters.luna;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * LET-7 over HTTP: the regional letters LUNA lists for a person and a period, how they reach the port, and the same
 * retry, timeout and circuit breaker as LUNA's other calls. application-test.yml shortens the timings.
 */
@MicronautTest
class LunaRegionalLettersTest extends LunaWireMockTest {

    static final String LETTERS = "/luna/persons/2207859902/regional-letters";
    static final String ASKED = LETTERS + "?from=2025-01-01&to=2025-12-31";
    static final RegionalLetterPeriod YEAR = new RegionalLetterPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    static final String TWO_LETTERS = """
            [{"letterId": "6f1c2a4e-0a0b-4c1d-9e2f-5a6b7c8d9e01", "regionCode": "1084", "regionName": "Region Hovedstaden",
              "sentDate": "2025-12-31", "title": "Ny læge overtager din lægepraksis", "channel": "PHYSICAL_MAIL"},
             {"letterId": "7d2e3b5f-1b1c-4d2e-8f3a-6b7c8d9e0f12", "regionCode": "1084", "regionName": "Region Hovedstaden",
              "sentDate": "2025-01-01", "title": "Bekræftelse af lægevalg", "channel": null}]""";

    @Test
    @DisplayName("LET-7 the letters of the period are asked for with from and to and mapped with their fields, a missing channel kept as unknown")
    void LET7_letters_are_asked_for_the_period_and_mapped() {
        luna.stubFor(at().willReturn(okJson(TWO_LETTERS)));

        assertThat(port.regionalLetters(SOFIE, YEAR)).containsExactly(
                new RegionalLetter(UUID.fromString("6f1c2a4e-0a0b-4c1d-9e2f-5a6b7c8d9e01"), "1084", "Region Hovedstaden",
                        LocalDate.of(2025, 12, 31), "Ny læge overtager din lægepraksis", RegionalLetter.Channel.PHYSICAL_MAIL),
                new RegionalLetter(UUID.fromString("7d2e3b5f-1b1c-4d2e-8f3a-6b7c8d9e0f12"), "1084", "Region Hovedstaden",
                        LocalDate.of(2025, 1, 1), "Bekræftelse af lægevalg", null));
        assertThat(requests(getRequestedFor(urlEqualTo(ASKED)).withHeader("Accept", WireMock.equalTo("application/json"))))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("LET-7 a person the regions sent nothing in the period has no letters")
    void LET7_no_letters() {
        luna.stubFor(at().willReturn(okJson("[]")));

        assertThat(port.regionalLetters(SOFIE, YEAR)).isEmpty();
    }

    @Test
    @DisplayName("LET-7 a letter sent outside the period asked for is a defect of luna, not retried")
    void LET7_a_letter_outside_the_period_is_a_defect() {
        luna.stubFor(at().willReturn(okJson(TWO_LETTERS.replace("2025-12-31", "2026-01-01"))));

        assertThatThrownBy(() -> port.regionalLetters(SOFIE, YEAR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LUNA answered the regional letters with data that breaks the model")
                .hasMessageContaining("outside the period 2025-01-01/2025-12-31");
        assertThat(requests(getRequestedFor(urlPathEqualTo(LETTERS)))).isEqualTo(1);
    }

    @Test
    @DisplayName("LET-7 an unknown channel, a region code that is not 4 digits or a letter without title is a defect of luna")
    void LET7_letters_that_break_the_model() {
        for (String broken : new String[] {TWO_LETTERS.replace("PHYSICAL_MAIL", "FAX"), TWO_LETTERS.replace("\"1084\"", "\"84\""),
                TWO_LETTERS.replace("\"title\": \"Bekræftelse af lægevalg\",", "")}) {
            luna.resetAll();
            luna.stubFor(at().willReturn(okJson(broken)));

            assertThatThrownBy(() -> port.regionalLetters(SOFIE, YEAR))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LUNA answered the regional letters with data that breaks the model");
        }
    }

    @Test
    @DisplayName("LET-7 a 503 is retried and the letters come with the next answer")
    void LET7_a_503_is_retried() {
        luna.stubFor(at().inScenario("outage").whenScenarioStateIs(STARTED).willReturn(serviceUnavailable()).willSetStateTo("back"));
        luna.stubFor(at().inScenario("outage").whenScenarioStateIs("back").willReturn(okJson(TWO_LETTERS)));

        assertThat(port.regionalLetters(SOFIE, YEAR)).hasSize(2);
        assertThat(requests(getRequestedFor(urlPathEqualTo(LETTERS)))).isEqualTo(2);
    }

    @Test
    @DisplayName("LET-7 a persistent 503, a connection reset or an answer slower than the read timeout is retried, then luna is unavailable")
    void LET7_failures_are_retried_then_luna_is_unavailable() {
        luna.stubFor(at().willReturn(serviceUnavailable()));
        assertUnavailable().hasCauseInstanceOf(LunaUnavailableException.class).hasMessageContaining("after 3 attempts");
        assertThat(requests(getRequestedFor(urlPathEqualTo(LETTERS)))).isEqualTo(3);

        resetLunaAndCircuitBreaker();
        luna.stubFor(at().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertUnavailable().hasCauseInstanceOf(LunaUnavailableException.class);
        assertThat(requests(getRequestedFor(urlPathEqualTo(LETTERS)))).isEqualTo(3);

        resetLunaAndCircuitBreaker();
        luna.stubFor(at().willReturn(okJson("[]").withFixedDelay(1500)));
        assertUnavailable().hasCauseInstanceOf(LunaUnavailableException.class).hasMessageContaining("read timeout");
        assertThat(requests(getRequestedFor(urlPathEqualTo(LETTERS)))).isEqualTo(3);
    }

    @Test
    @DisplayName("LET-7 the circuit opens after repeated failures and then fails fast without a request")
    void LET7_the_circuit_opens() {
        luna.stubFor(at().willReturn(serviceUnavailable()));

        assertUnavailable().hasCauseInstanceOf(LunaUnavailableException.class);
        assertUnavailable().hasCauseInstanceOf(CallNotPermittedException.class);
        assertThat(circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int made = requests(getRequestedFor(urlPathEqualTo(LETTERS)));

        assertUnavailable().hasCauseInstanceOf(CallNotPermittedException.class);
        assertThat(requests(getRequestedFor(urlPathEqualTo(LETTERS)))).as("no request while the circuit is open").isEqualTo(made);
    }

    @Test
    @DisplayName("LET-7 a 404 is a defect of the adapter or its configuration: not retried, not a circuit breaker failure")
    void LET7_a_404_is_a_defect() {
        luna.stubFor(at().willReturn(notFound()));

        assertThatThrownBy(() -> port.regionalLetters(SOFIE, YEAR)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("404");
        assertThat(requests(getRequestedFor(urlPathEqualTo(LETTERS)))).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertUnavailable() {
        return assertThatThrownBy(() -> port.regionalLetters(SOFIE, YEAR))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class, e -> assertThat(e.system()).isEqualTo("LUNA"));
    }

    private static MappingBuilder at() {
        return WireMock.get(urlEqualTo(ASKED));
    }
}
