package dk.sygesikring.server.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PractitionerApiTest {

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;
    ApiClient api;

    @BeforeAll
    void register() {
        api = new ApiClient(server);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(
                    practitioner("930101", "Lægehuset Yderprøven", "101", PractitionerKind.REGULAR, true, Set.of()),
                    practitioner("930102", "Yderprøven Lukket Praksis", "101", PractitionerKind.REGULAR, false, Set.of("2200", "2100")),
                    practitioner("930201", "Lægerne Yderprøven Frederiksberg", "147", PractitionerKind.REGULAR, true, Set.of()),
                    practitioner("930301", "Bosat på ø uden læge (Yderprøven)", "825", PractitionerKind.ISLAND, true, Set.of())));
            return null;
        });
    }

    @Test
    @DisplayName("YDER-1 quick search by practice name finds the ordinary practices of the caseworker's own municipality")
    void YDER1_quick_search_in_own_municipality() {
        api.as(tokens.caseworker("101", "cw-101-1")).queryParam("q", "yderprøven").get("/practitioners")
                .then().statusCode(200)
                .body("providerNumber", contains("930101", "930102"))
                .body("[0].address", equalTo("Testvej 1, 1165 København K"));
    }

    @Test
    @DisplayName("YDER-1 search by provider number, and filters with several municipality codes")
    void YDER1_provider_number_and_several_municipalities() {
        api.as(tokens.caseworker("101", "cw-101-1")).queryParam("q", "9302").queryParam("municipality", "147").get("/practitioners")
                .then().statusCode(200).body("providerNumber", contains("930201"));
        api.as(tokens.caseworker("101", "cw-101-1")).queryParam("q", "Yderprøven")
                .queryParam("municipality", "101").queryParam("municipality", "147").get("/practitioners")
                .then().statusCode(200).body("providerNumber", containsInAnyOrder("930101", "930102", "930201"));
    }

    @Test
    void an_extended_search_without_text_or_municipality_lists_every_practitioner_up_to_the_limit() {
        api.as(tokens.specialCaseworker("101", "cw-101-9")).queryParam("extended", true).queryParam("limit", 200).get("/practitioners")
                .then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(4),
                        org.hamcrest.Matchers.lessThanOrEqualTo(200)));
    }

    @Test
    @DisplayName("DOC-1 special practitioners are found only through extended search")
    void DOC1_island_doctor_only_in_extended_search() {
        api.as(tokens.specialCaseworker("825", "cw-825-1")).queryParam("q", "Bosat").get("/practitioners")
                .then().statusCode(200).body("providerNumber", not(hasItem("930301")));
        api.as(tokens.specialCaseworker("101", "cw-101-9")).queryParam("q", "Bosat").queryParam("extended", true).get("/practitioners")
                .then().statusCode(200).body("providerNumber", hasItem("930301"))
                .body("find { it.providerNumber == '930301' }.kind", equalTo("ISLAND"));
    }

    @Test
    @DisplayName("YDER-1 extended details show capacity, status and selectively open postcodes")
    void YDER1_details() {
        api.as(tokens.administrator("101", "adm-101")).get("/practitioners/{number}", "930102")
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("capacity", equalTo(2000)).body("closingLimit", equalTo(1800)).body("registeredPatients", equalTo(1850))
                .body("selectivelyOpenPostcodes", contains("2100", "2200"))
                .body("address.latitude", equalTo(55.68f));
    }

    @Test
    void unknown_malformed_and_not_allowed() {
        api.as(tokens.caseworker("101", "cw-101-1")).get("/practitioners/{number}", "999999")
                .then().statusCode(404).body("type", equalTo("urn:sygesikring:problem:practitioner-not-found"));
        api.wrongRequest().header("Authorization", "Bearer " + tokens.caseworker("101", "cw-101-1")).get("/practitioners/{number}", "12ab")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("providerNumber"));
        api.as(tokens.citizen("0101801231")).get("/practitioners")
                .then().statusCode(403);
    }

    private static Practitioner practitioner(String number, String name, String municipality, PractitionerKind kind,
                                             boolean open, Set<String> selectivelyOpen) {
        Address address = new Address("Testvej", number.substring(5), null, null, "1165", "København K", "0001",
                MunicipalityCode.of(municipality), "addr-practitioner-" + number, new Coordinates(55.68, 12.57));
        return new Practitioner(ProviderNumber.of(number), name, address, MunicipalityCode.of(municipality), kind, open,
                2000, 1800, open ? 1500 : 1850, selectivelyOpen);
    }
}
