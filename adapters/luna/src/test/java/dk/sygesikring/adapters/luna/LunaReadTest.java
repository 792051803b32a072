package dk.sygesikring.adapters.luna;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dk.sygesikring.application.port.out.luna.LunaHistoryEntry;
import dk.sygesikring.application.port.out.luna.LunaHistoryEntry.Kind;
import dk.sygesikring.application.port.out.luna.PhysicalCardOptOut;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** INT-1: what LUNA answers about a person and its practitioners, and how each answer reaches the port. */
@MicronautTest
class LunaReadTest extends LunaWireMockTest {

    private static final String HISTORY = "/luna/persons/2207859902/history";
    private static final String OPT_OUT = "/luna/persons/2207859902/physical-card-opt-out";

    @Test
    @DisplayName("DOC-10 every kind of history row is mapped in luna's order with its nulls kept")
    void DOC10_every_kind_of_history_row_is_mapped_in_lunas_order_with_its_nulls_kept() {
        luna.stubFor(at(HISTORY).willReturn(okJson("""
                [
                  {"kind": "PHYSICAL_CARD_OPT_OUT", "group": "1", "providerNumber": null, "validFrom": "2026-02-14",
                   "validTo": null, "registeredAt": "2026-02-14T10:15:00Z",
                   "registrationId": "11111111-1111-3111-8111-111111111111", "text": "Fravalg af fysisk sundhedskort"},
                  {"kind": "CARD_ORDER", "group": "1", "providerNumber": "050208", "validFrom": "2025-09-02",
                   "validTo": null, "registeredAt": "2025-08-20T08:00:00Z",
                   "registrationId": "22222222-2222-3222-8222-222222222222", "text": "Kortbestilling (sendt til sikrede)"},
                  {"kind": "DOCTOR_CHOICE", "group": "1", "providerNumber": "050208", "validFrom": "2025-09-02",
                   "validTo": null, "registeredAt": "2025-08-20T08:00:00Z",
                   "registrationId": "33333333-3333-3333-8333-333333333333", "text": "Lægevalg: 050208 (godkendt)"},
                  {"kind": "GROUP_CHANGE", "group": "2", "providerNumber": null, "validFrom": "2019-01-01",
                   "validTo": "2025-09-01", "registeredAt": "2018-12-10T13:45:30Z",
                   "registrationId": "44444444-4444-3444-8444-444444444444", "text": "Gruppeskift til 2 (godkendt)"}
                ]""")));

        assertThat(port.history(SOFIE)).containsExactly(
                new LunaHistoryEntry(Kind.PHYSICAL_CARD_OPT_OUT, Sikringsgruppe.GROUP_1, null, LocalDate.of(2026, 2, 14),
                        null, Instant.parse("2026-02-14T10:15:00Z"), UUID.fromString("11111111-1111-3111-8111-111111111111"),
                        "Fravalg af fysisk sundhedskort"),
                new LunaHistoryEntry(Kind.CARD_ORDER, Sikringsgruppe.GROUP_1, ProviderNumber.of("050208"),
                        LocalDate.of(2025, 9, 2), null, Instant.parse("2025-08-20T08:00:00Z"),
                        UUID.fromString("22222222-2222-3222-8222-222222222222"), "Kortbestilling (sendt til sikrede)"),
                new LunaHistoryEntry(Kind.DOCTOR_CHOICE, Sikringsgruppe.GROUP_1, ProviderNumber.of("050208"),
                        LocalDate.of(2025, 9, 2), null, Instant.parse("2025-08-20T08:00:00Z"),
                        UUID.fromString("33333333-3333-3333-8333-333333333333"), "Lægevalg: 050208 (godkendt)"),
                new LunaHistoryEntry(Kind.GROUP_CHANGE, Sikringsgruppe.GROUP_2, null, LocalDate.of(2019, 1, 1),
                        LocalDate.of(2025, 9, 1), Instant.parse("2018-12-10T13:45:30Z"),
                        UUID.fromString("44444444-4444-3444-8444-444444444444"), "Gruppeskift til 2 (godkendt)"));
    }

    @Test
    @DisplayName("DOC-10 a person luna does not know has an empty history")
    void DOC10_a_person_luna_does_not_know_has_an_empty_history() {
        luna.stubFor(at(HISTORY).willReturn(okJson("[]")));

        assertThat(port.history(SOFIE)).isEmpty();
    }

    @Test
    @DisplayName("GRP-1 a history row with a group that does not exist is a defect of luna")
    void GRP1_a_history_row_with_a_group_that_does_not_exist_is_a_defect_of_luna() {
        luna.stubFor(at(HISTORY).willReturn(okJson("""
                [{"kind": "GROUP_CHANGE", "group": "3", "providerNumber": null, "validFrom": "2019-01-01",
                  "validTo": null, "registeredAt": "2018-12-10T13:45:30Z",
                  "registrationId": "44444444-4444-3444-8444-444444444444", "text": "Gruppeskift til 3 (godkendt)"}]""")));

        assertThatThrownBy(() -> port.history(SOFIE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LUNA answered the history with data that breaks the model")
                .hasMessageContaining("no insurance group 3");
        assertThat(requests(getRequestedFor(urlEqualTo(HISTORY)))).isEqualTo(1);
    }

    @Test
    @DisplayName("CARD-10 a registered opt-out of the physical card is mapped")
    void CARD10_a_registered_opt_out_of_the_physical_card_is_mapped() {
        luna.stubFor(at(OPT_OUT).willReturn(okJson("{\"cpr\": \"2207859902\", \"registeredAt\": \"2026-02-14T10:15:00Z\"}")));

        assertThat(port.physicalCardOptOut(SOFIE))
                .contains(new PhysicalCardOptOut(SOFIE, Instant.parse("2026-02-14T10:15:00Z")));
    }

    @Test
    @DisplayName("CARD-10 no registration means no opt-out after one request and no circuit breaker failure")
    void CARD10_no_registration_means_no_opt_out_after_one_request_and_no_circuit_breaker_failure() {
        luna.stubFor(at(OPT_OUT).willReturn(notFound()));

        assertThat(port.physicalCardOptOut(SOFIE)).isEmpty();

        assertThat(requests(getRequestedFor(urlEqualTo(OPT_OUT)))).isEqualTo(1);
        assertThat(circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("CARD-10 an opt-out about another person than the one asked for is a defect of luna")
    void CARD10_an_opt_out_about_another_person_than_the_one_asked_for_is_a_defect_of_luna() {
        luna.stubFor(at(OPT_OUT).willReturn(okJson("{\"cpr\": \"1503839901\", \"registeredAt\": \"2026-02-14T10:15:00Z\"}")));

        assertThatThrownBy(() -> port.physicalCardOptOut(SOFIE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another person");
    }

    @Test
    @DisplayName("DOC-1 practitioners are mapped with capacity closing limit selective opening and address")
    void DOC1_practitioners_are_mapped_with_capacity_closing_limit_selective_opening_and_address() {
        luna.stubFor(at("/luna/practitioners").willReturn(okJson("""
                [
                  {"providerNumber": "050208", "practiceName": "Lægehuset Kastanievej", "kind": "REGULAR", "open": false,
                   "capacity": 2200, "closingLimit": 2000, "registeredPatients": 2050,
                   "selectivelyOpenPostcodes": ["2200", "2400"], "municipalityCode": "101",
                   "address": {"street": "Kastanievej", "houseNumber": "2", "floor": "st", "door": "th",
                               "postcode": "2200", "city": "København N", "roadCode": "3454",
                               "municipalityCode": "101", "addressId": "addr-050208",
                               "latitude": 55.6958, "longitude": 12.5449}},
                  {"providerNumber": "077001", "practiceName": "Bosat på ø uden læge (Læsø)", "kind": "ISLAND",
                   "open": true, "capacity": 600, "closingLimit": 600, "registeredPatients": 12,
                   "selectivelyOpenPostcodes": [], "municipalityCode": "825",
                   "address": {"street": "Havnegade", "houseNumber": "1", "floor": null, "door": null,
                               "postcode": "9940", "city": "Læsø", "roadCode": "5876", "municipalityCode": "825",
                               "addressId": "addr-077001", "latitude": null, "longitude": null}}
                ]""")));

        assertThat(port.practitioners()).containsExactly(
                new Practitioner(ProviderNumber.of("050208"), "Lægehuset Kastanievej",
                        new Address("Kastanievej", "2", "st", "th", "2200", "København N", "3454", MunicipalityCode.of("101"),
                                "addr-050208", new Coordinates(55.6958, 12.5449)),
                        MunicipalityCode.of("101"), PractitionerKind.REGULAR, false, 2200, 2000, 2050, Set.of("2200", "2400")),
                new Practitioner(ProviderNumber.of("077001"), "Bosat på ø uden læge (Læsø)",
                        new Address("Havnegade", "1", null, null, "9940", "Læsø", "5876", MunicipalityCode.of("825"),
                                "addr-077001", null),
                        MunicipalityCode.of("825"), PractitionerKind.ISLAND, true, 600, 600, 12, Set.of()));
    }

    @Test
    @DisplayName("DOC-1 a practitioner without its open flag is a defect rather than a closed practice")
    void DOC1_a_practitioner_without_its_open_flag_is_a_defect_rather_than_a_closed_practice() {
        luna.stubFor(at("/luna/practitioners").willReturn(okJson("""
                [{"providerNumber": "050208", "practiceName": "Lægehuset Kastanievej", "kind": "REGULAR",
                  "capacity": 2200, "closingLimit": 2000, "registeredPatients": 1500, "municipalityCode": "101",
                  "address": {"street": "Kastanievej", "houseNumber": "2", "postcode": "2200", "city": "København N",
                              "roadCode": "3454", "municipalityCode": "101", "addressId": "addr-050208"}}]""")));

        assertThatThrownBy(() -> port.practitioners())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LUNA answered the practitioners")
                .hasMessageContaining("open");
    }

    private static MappingBuilder at(String path) {
        return WireMock.get(urlEqualTo(path));
    }
}
