package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonOverviewApiTest {

    private static final int SERIES = 60;

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject RegistrationPort registrations;
    @Inject PractitionerRegisterPort register;
    @Inject TransactionPort transactions;
    ApiClient api;

    final Person person = person(TestCprs.cpr(bornYearsAgo(52, 9), SERIES, Gender.FEMALE), "Oda Overblik", address("addr-overview"));
    final List<String> forloebIds = new ArrayList<>();

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(person);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(new Practitioner(ProviderNumber.of("960001"), "Lægehuset Overblik",
                    address("addr-overview-practice"), MunicipalityCode.of("101"), PractitionerKind.REGULAR, true,
                    2000, 1800, 1000, Set.of())));
            registrations.record(InsuranceRegistration.doctorChoice(person.cpr(), ProviderNumber.of("960001"),
                    TODAY.minusYears(2), Instant.parse("2024-11-01T10:00:00Z"), UUID.randomUUID(), null));
            return null;
        });
        for (int i = 1; i <= 6; i++) {
            forloebIds.add(api.as(tokens.caseworker("101", "cw-101-ov")).contentType("application/json")
                    .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(i) + "\"}")
                    .post("/persons/{cpr}/group-changes", person.cpr().value())
                    .then().statusCode(202).extract().path("id"));
        }
    }

    @Test
    @DisplayName("PER-8 the overview holds the doctor-choice card as of today: group, doctor, practice and valid from")
    void PER8_doctor_choice_card_as_of_today() {
        api.as(tokens.caseworker("101", "cw-101-ov")).get("/persons/{cpr}/overview", person.cpr().value())
                .then().statusCode(200)
                .body("doctorChoiceCard.group", equalTo(1))
                .body("doctorChoiceCard.providerNumber", equalTo("960001"))
                .body("doctorChoiceCard.practiceName", equalTo("Lægehuset Overblik"))
                .body("doctorChoiceCard.validFrom", equalTo(TODAY.minusYears(2).toString()));
    }

    @Test
    @DisplayName("FORL-2 ROLE-2 the overview shows the latest 5 forløb, in full only in the municipality that owns them")
    void FORL2_latest_five_forloeb() {
        api.as(tokens.caseworker("101", "cw-101-ov")).get("/persons/{cpr}/overview", person.cpr().value())
                .then().statusCode(200)
                .body("latestForloeb", hasSize(5))
                .body("latestForloeb.id", not(hasItem(forloebIds.get(0))))
                .body("latestForloeb[0].id", equalTo(forloebIds.get(5)))
                .body("latestForloeb.detailsVisible", everyItem(equalTo(true)));
        api.as(tokens.caseworker("851", "cw-851-ov")).get("/persons/{cpr}/overview", person.cpr().value())
                .then().statusCode(200)
                .body("latestForloeb", hasSize(5))
                .body("latestForloeb.detailsVisible", everyItem(equalTo(false)));
    }
}
