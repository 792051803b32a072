package dk.sygesikring.adapters.cpr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** INT-2: what CPR answers, and how each answer reaches the port. */
@MicronautTest
class CprLookupMappingTest extends CprWireMockTest {

    static final String METTE_WITH_FAMILY = """
            {
              "person": {
                "cpr": "1203851234", "name": "Mette Nørgaard", "status": "ACTIVE", "civilStatus": "MARRIED",
                "nameAndAddressProtected": true, "supplementaryAddress": "Calle Mayor 1, Madrid",
                "address": {
                  "street": "Nørregade", "houseNumber": "12", "floor": "2", "door": "tv", "postcode": "1165",
                  "city": "København K", "roadCode": "4912", "municipalityCode": "101", "addressId": "addr-1",
                  "latitude": 55.6794, "longitude": 12.5716
                }
              },
              "relations": [
                {"type": "CUSTODY", "holderCpr": "1203851234", "subjectCpr": "0101184322"},
                {"type": "SPOUSE", "holderCpr": "0508824455", "subjectCpr": "1203851234"}
              ],
              "relatedPersons": [
                {
                  "cpr": "0101184322", "name": "Åse Nørgaard", "status": "ACTIVE", "civilStatus": "UNMARRIED",
                  "nameAndAddressProtected": false, "supplementaryAddress": null,
                  "address": {
                    "street": "Nørregade", "houseNumber": "12", "floor": null, "door": null, "postcode": "1165",
                    "city": "København K", "roadCode": "4912", "municipalityCode": "101", "addressId": "addr-1",
                    "latitude": null, "longitude": null
                  }
                },
                {
                  "cpr": "0508824455", "name": "Jens Nørgaard", "status": "INACTIVE", "civilStatus": "MARRIED",
                  "nameAndAddressProtected": false, "supplementaryAddress": null, "address": null
                }
              ]
            }
            """;


    @Test
    @DisplayName("INT-2 a found person is mapped with address relations and related persons")
    void INT2_a_found_person_is_mapped_with_address_relations_and_related_persons() {
        cpr.stubFor(lookUpOfMette().willReturn(okJson(METTE_WITH_FAMILY)));

        Cpr child = Cpr.of("0101184322");
        Cpr spouse = Cpr.of("0508824455");
        Person mette = new Person(METTE, "Mette Nørgaard", CprStatus.ACTIVE, CivilStatus.MARRIED,
                new Address("Nørregade", "12", "2", "tv", "1165", "København K", "4912", MunicipalityCode.of("101"),
                        "addr-1", new Coordinates(55.6794, 12.5716)),
                true, "Calle Mayor 1, Madrid");
        Person aase = new Person(child, "Åse Nørgaard", CprStatus.ACTIVE, CivilStatus.UNMARRIED,
                new Address("Nørregade", "12", null, null, "1165", "København K", "4912", MunicipalityCode.of("101"),
                        "addr-1", null),
                false, null);
        Person jens = new Person(spouse, "Jens Nørgaard", CprStatus.INACTIVE, CivilStatus.MARRIED, null, false, null);

        assertThat(port.lookUp(METTE)).contains(new CprPersonRecord(mette,
                List.of(Relation.custody(METTE, child), Relation.spouses(spouse, METTE)),
                List.of(aase, jens)));
    }

    @Test
    @DisplayName("INT-2 an unknown cpr number is empty after one request and no circuit breaker failure")
    void INT2_an_unknown_cpr_number_is_empty_after_one_request_and_no_circuit_breaker_failure() {
        cpr.stubFor(lookUpOfMette().willReturn(notFound()));

        assertThat(port.lookUp(METTE)).isEmpty();

        assertThat(requestsForMette()).isEqualTo(1);
        assertThat(circuitBreaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(circuitBreaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
    }

    @Test
    @DisplayName("INT-2 a 400 from CPR is a defect on our side and not retried")
    void INT2_a_400_from_CPR_is_a_defect_on_our_side_and_not_retried() {
        cpr.stubFor(lookUpOfMette().willReturn(aResponse().withStatus(400).withBody("unknown parameter")));

        assertThatThrownBy(() -> port.lookUp(METTE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("400")
                .hasMessageContaining("unknown parameter");

        assertThat(requestsForMette()).isEqualTo(1);
        assertThat(circuitBreaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("INT-2 a record that breaks the person model is a defect of CPR and not retried")
    void INT2_a_record_that_breaks_the_person_model_is_a_defect_of_CPR_and_not_retried() {
        cpr.stubFor(lookUpOfMette().willReturn(okJson(METTE_WITH_FAMILY.replace("0101184322", "3213184322"))));

        assertThatThrownBy(() -> port.lookUp(METTE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("breaks the person model")
                .hasMessageContaining("real date");

        assertThat(requestsForMette()).isEqualTo(1);
        assertThat(circuitBreaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @DisplayName("INT-2 a missing protection flag is a defect rather than an unprotected person")
    void INT2_a_missing_protection_flag_is_a_defect_rather_than_an_unprotected_person() {
        cpr.stubFor(lookUpOfMette().willReturn(okJson(
                METTE_WITH_FAMILY.replace("\"nameAndAddressProtected\": true,", ""))));

        assertThatThrownBy(() -> port.lookUp(METTE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nameAndAddressProtected");
    }

    @Test
    @DisplayName("INT-2 a body that is not the wire format is a defect and not retried")
    void INT2_a_body_that_is_not_the_wire_format_is_a_defect_and_not_retried() {
        cpr.stubFor(lookUpOfMette().willReturn(okJson("{\"person\": [")));

        assertThatThrownBy(() -> port.lookUp(METTE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not follow the wire format");

        assertThat(requestsForMette()).isEqualTo(1);
    }
}
