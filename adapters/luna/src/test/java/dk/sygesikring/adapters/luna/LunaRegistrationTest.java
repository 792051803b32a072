package dk.sygesikring.adapters.luna;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.group.Sikringsgruppe;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** INT-1: what the adapter sends to register a doctor choice or a group change, and how each answer maps. */
@MicronautTest
class LunaRegistrationTest extends LunaWireMockTest {

    private static final LunaOutcome.Registered FIRST = new LunaOutcome.Registered(
            UUID.fromString("9a3b8f4e-1d2c-4e5f-8a7b-6c5d4e3f2a1b"), Instant.parse("2026-11-22T09:00:00Z"));

    @Test
    @DisplayName("INT-1 a doctor choice is posted in the wire format with its idempotency key and maps to registered")
    void INT1_a_doctor_choice_is_posted_in_the_wire_format_with_its_idempotency_key_and_maps_to_registered() {
        luna.stubFor(registration().willReturn(jsonAnswer(201, REGISTERED)));

        assertThat(port.register(DOCTOR_CHOICE, KEY)).isEqualTo(FIRST);

        luna.verify(1, registrationRequests()
                .withHeader("Idempotency-Key", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"kind": "DOCTOR_CHOICE", "cpr": "2207859902", "providerNumber": "050208", "group": null,
                         "validFrom": "2026-12-01", "forloebId": "0b8e2f43-7f5d-4a44-b0d4-8c1b9d1f6a10"}""")));
    }

    @Test
    @DisplayName("INT-1 a group change is posted with the group number and no provider number")
    void INT1_a_group_change_is_posted_with_the_group_number_and_no_provider_number() {
        luna.stubFor(registration().willReturn(jsonAnswer(201, REGISTERED)));
        LunaRegistration groupChange = new LunaRegistration.GroupChange(SOFIE, Sikringsgruppe.GROUP_2,
                LocalDate.of(2027, 1, 1), UUID.fromString("6d1f0c2e-8b3a-4f6e-9d2c-1a0b9c8d7e6f"));

        assertThat(port.register(groupChange, "key-of-the-group-change")).isEqualTo(FIRST);

        luna.verify(1, registrationRequests()
                .withHeader("Idempotency-Key", equalTo("key-of-the-group-change"))
                .withRequestBody(equalToJson("""
                        {"kind": "GROUP_CHANGE", "cpr": "2207859902", "providerNumber": null, "group": "2",
                         "validFrom": "2027-01-01", "forloebId": "6d1f0c2e-8b3a-4f6e-9d2c-1a0b9c8d7e6f"}""")));
    }

    @Test
    @DisplayName("INT-5 a key luna has seen is answered 200 with the first registration and maps to it")
    void INT5_a_key_luna_has_seen_is_answered_200_with_the_first_registration_and_maps_to_it() {
        luna.stubFor(registration().willReturn(okJson(REGISTERED)));

        assertThat(port.register(DOCTOR_CHOICE, KEY)).isEqualTo(FIRST);

        assertThat(requests(registrationRequests())).isEqualTo(1);
    }

    @Test
    @DisplayName("INT-1 a registration luna refuses is rejected with its reason after exactly one request")
    void INT1_a_registration_luna_refuses_is_rejected_with_its_reason_after_exactly_one_request() {
        luna.stubFor(registration().willReturn(jsonAnswer(422, "{\"error\": \"unknown provider number 050208\"}")));

        assertThat(port.register(DOCTOR_CHOICE, KEY)).isEqualTo(new LunaOutcome.Rejected("unknown provider number 050208"));

        assertThat(requests(registrationRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "400 | missing Idempotency-Key                        | rejected the registration with 400 Bad Request",
            "201 | {\"registeredAt\": \"2026-11-22T09:00:00Z\"} | the registration with data that breaks the model",
            "201 | not json                                       | JSON that does not follow the wire format",
            "422 | {}                                             | the registration with data that breaks the model",
            "204 | ~~                                             | the registration with unexpected status 204"})
    @DisplayName("INT-1 an answer luna does not promise is a defect after one request and no circuit breaker failure")
    void INT1_an_answer_luna_does_not_promise_is_a_defect_after_one_request_and_no_circuit_breaker_failure(
            int status, String body, String message) {
        luna.stubFor(registration().willReturn(jsonAnswer(status, body)));

        assertThatThrownBy(() -> port.register(DOCTOR_CHOICE, KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LUNA")
                .hasMessageContaining(message)
                .hasMessageNotContaining(SOFIE.value());

        assertThat(requests(registrationRequests())).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
