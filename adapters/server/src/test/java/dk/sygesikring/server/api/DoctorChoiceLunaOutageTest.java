package dk.sygesikring.server.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dk.sygesikring.application.outbox.DeliverOutboxUseCase;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 200 doctor choices (40 of them for a parent and a child) made while LUNA is down, then LUNA comes back. LUNA is
 * reached through a WireMock proxy that injects the faults; the LUNA simulator behind it holds the registrations.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoctorChoiceLunaOutageTest implements TestPropertyProvider {

    private static final int SERIES = 82;
    private static final String REGISTRATIONS = "/luna/registrations";

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final LunaSimulator luna = LunaSimulator.start(population, 0);
    /** A fixed port, so that the proxy comes back where the service expects LUNA after it was stopped. */
    private final WireMockServer lunaProxy = new WireMockServer(wireMockConfig().port(freePort()));
    private final Practitioner doctor = population.practitioners().stream()
            .filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR).skip(210).findFirst().orElseThrow();

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject DoctorChoiceStorePort choices;
    @Inject ForloebStorePort forloeb;
    @Inject DeliverOutboxUseCase delivery;
    @Inject OutboxDeliveries deliveries;
    @Inject TransactionPort transactions;
    @Inject MutableClock clock;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        lunaProxy.start();
        return Map.of("sygesikring.luna.url", lunaProxy.baseUrl(),
                "sygesikring.luna.read-timeout", "500ms",
                "sygesikring.luna.retry.initial-wait", "10ms",
                "sygesikring.luna.circuit-breaker.wait-duration-in-open-state", "100ms");
    }

    @AfterAll
    void stop() {
        lunaProxy.stop();
        luna.close();
    }

    @Test
    @DisplayName("INT-5 FORL-4 LUNA down (refused, 5xx, resets, timeouts) during 200 doctor choices, then back: all take effect, each registered once")
    void INT5_FORL4_an_outage_during_200_doctor_choices() {
        api = new ApiClient(server);
        lunaProxy.stubFor(WireMock.any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(luna.baseUrl())));
        transactions.inTransaction(() -> {
            // open, and room for everyone, in København next to the test addresses
            register.savePractitioners(List.of(new Practitioner(doctor.providerNumber(), "Udfaldsprøven",
                    address("addr-outage-practice"), MunicipalityCode.of("101"), PractitionerKind.REGULAR, true,
                    100_000, 90_000, 0, Set.of())));
            return null;
        });

        List<List<Person>> families = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (i == 0) {
                lunaProxy.stop(); // connection refused
            }
            if (i == 50) {
                lunaProxy.start();
                lunaProxy.stubFor(WireMock.any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(luna.baseUrl())));
                lunaProxy.stubFor(post(urlEqualTo(REGISTRATIONS)).atPriority(1).willReturn(aResponse().withStatus(503)));
            }
            if (i == 100) {
                lunaProxy.stubFor(post(urlEqualTo(REGISTRATIONS)).atPriority(1)
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            }
            if (i == 150) {
                // LUNA registers, but answers after our timeout: the retry must not register twice
                lunaProxy.stubFor(post(urlEqualTo(REGISTRATIONS)).atPriority(1)
                        .willReturn(aResponse().proxiedFrom(luna.baseUrl()).withFixedDelay(1_500)));
            }
            List<Person> family = i % 5 == 0 ? newParentAndChild() : List.of(newAdult());
            families.add(family);
            ids.add(choose(family));
            if (i % 10 == 0) {
                delivery.deliverDue(5); // the worker's attempts meet each kind of failure
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(stateOf(ids)).as("nothing takes effect while LUNA is down").containsOnly("AWAITING_LUNA");

        lunaProxy.resetMappings();
        lunaProxy.stubFor(WireMock.any(anyUrl()).willReturn(aResponse().proxiedFrom(luna.baseUrl())));
        clock.advance(Duration.ofMinutes(10)); // past every back-off
        sleep(Duration.ofMillis(200)); // past the circuit breaker's open state
        deliveries.deliverForMovingTime(OutboxDeliveries.ids(ids));

        assertThat(stateOf(ids)).containsOnly("IN_EFFECT");
        for (String id : ids) {
            List<Activity> activities = forloeb.load(ForloebId.of(id)).orElseThrow().activities();
            assertThat(activities).filteredOn(Activity::isOpen).extracting(Activity::type)
                    .as("only the due card order and letter are left").containsOnly(ActivityType.ORDER_CARD, ActivityType.SEND_LETTER);
        }
        int persons = 0;
        for (List<Person> family : families) {
            for (Person person : family) {
                persons++;
                assertThat(registeredAtLuna(person)).as("registrations of %s at LUNA", person.cpr()).isEqualTo(1);
            }
        }
        assertThat(persons).isEqualTo(240);
    }

    private String choose(List<Person> family) {
        StringBuilder persons = new StringBuilder();
        for (Person person : family) {
            persons.append(persons.isEmpty() ? "" : ",").append("{\"cpr\":\"%s\",\"consent\":\"YES\"}".formatted(person.cpr().value()));
        }
        return api.as(tokens.citizen(family.get(0).cpr().value())).contentType("application/json").body("""
                        {"persons":[%s],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                        .formatted(persons, doctor.providerNumber().value(), TODAY))
                .post("/doctor-choices").then().statusCode(202).extract().path("forloebId");
    }

    private List<String> stateOf(List<String> ids) {
        return ids.stream().map(id -> choices.load(ForloebId.of(id)).map(DoctorChoice::state).orElseThrow().name()).toList();
    }

    private int registeredAtLuna(Person person) {
        return io.restassured.RestAssured.given().baseUri(luna.baseUrl()).queryParam("cpr", person.cpr().value())
                .get(REGISTRATIONS).then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private Person newAdult() {
        Person adult = next(20 + nextPerson % 60);
        persons.store(adult);
        return adult;
    }

    private List<Person> newParentAndChild() {
        Person parent = next(30 + nextPerson % 30);
        Person child = next(3 + nextPerson % 10);
        persons.store(parent, List.of(Relation.custody(parent.cpr(), child.cpr())), List.of(child));
        return List.of(parent, child);
    }

    private Person next(int age) {
        int n = nextPerson++;
        return TestPersons.person(TestCprs.cpr(bornYearsAgo(age, 100 + n), SERIES + n / 300,
                n % 2 == 0 ? Gender.MALE : Gender.FEMALE), "Udfald " + n, address("addr-outage-" + n));
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
