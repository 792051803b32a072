package dk.sygesikring.server.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dk.sygesikring.application.outbox.DeliverOutboxUseCase;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.OutboxTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Forløb first, then LUNA (FORL-4, INT-5), end to end: the LUNA simulator behind a recording WireMock proxy, so
 * every delivery attempt is counted per idempotency key. This context delivers only when a test asks it to; the
 * "other instances" are further application contexts on the same database with their workers running. The outbox
 * is shared with other test classes: a test counts only the records of the forløb it made.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LunaDeliveryApiTest implements TestPropertyProvider {

    private static final int SERIES = 40;
    private static final String REGISTRATIONS = "/luna/registrations";

    private final LunaSimulator luna = LunaSimulator.start(DemoPopulation.generate(DemoPopulation.DEFAULT_SEED), 0);
    /** Where the group changes' receipts go (LET-1): a forløb completes once its receipt is sent. */
    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);
    private final WireMockServer lunaProxy = startProxyTo(luna.baseUrl());

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject DeliverOutboxUseCase delivery;
    @Inject OutboxDeliveries deliveries;
    @Inject OutboxTable outbox;
    @Inject ForloebStorePort forloeb;
    @Inject MutableClock clock;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        return lunaProperties(false);
    }

    private Map<String, String> lunaProperties(boolean workerOn) {
        Map<String, String> properties = new HashMap<>();
        properties.put("sygesikring.luna.url", lunaProxy.baseUrl());
        properties.put("sygesikring.digital-post.url", digitalPost.baseUrl());
        properties.put("sygesikring.luna.read-timeout", "500ms");
        properties.put("sygesikring.luna.retry.initial-wait", "10ms");
        properties.put("sygesikring.luna.circuit-breaker.wait-duration-in-open-state", "100ms");
        properties.put("sygesikring.outbox.enabled", String.valueOf(workerOn));
        properties.put("sygesikring.outbox.poll-interval", "50ms");
        properties.put("sygesikring.outbox.initial-delay", "0s");
        return properties;
    }

    @AfterAll
    void stop() {
        digitalPost.close();
        lunaProxy.stop();
        luna.close();
    }

    @BeforeEach
    void reset() {
        api = new ApiClient(server);
        lunaProxy.resetRequests();
        lunaProxy.resetMappings();
        lunaProxy.stubFor(WireMock.any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(luna.baseUrl())));
    }

    @Test
    @DisplayName("FORL-4 GRP-4 the forløb completes when LUNA confirms, and the change shows as upcoming until its date")
    void FORL4_GRP4_the_forloeb_completes_when_luna_confirms() {
        Person person = newPerson();
        String id = changeGroup(person, 4, TODAY.plusDays(7)); // imprisonment: no card to order, LUNA's answer ends it

        deliveries.deliverFor(id);

        api.as(caseworker()).get("/forloeb/{id}", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("activities[0].state", equalTo("DONE"))
                .body("activities[0].closedBy.kind", equalTo("SYSTEM")).body("activities[0].closedBy.id", equalTo("LUNA"));
        api.as(caseworker()).get("/persons/{cpr}/group", person.cpr().value()).then().statusCode(200)
                .body("pending", hasSize(0))
                .body("upcoming", hasSize(1))
                .body("upcoming[0].group", equalTo(4))
                .body("upcoming[0].forloebId", equalTo(id));
    }

    @Test
    @DisplayName("CARD-2 (group change) a change to group 2 confirmed by LUNA orders the card of group 2, and its forløb waits for it")
    void CARD2_a_change_to_group_2_orders_its_card() {
        Person person = newPerson();
        String id = changeGroup(person, 2, TODAY.plusDays(7));

        deliveries.deliverFor(id);

        api.as(caseworker()).get("/forloeb/{id}", id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("activities[0].type", equalTo("AWAIT_LUNA")).body("activities[0].state", equalTo("DONE"))
                .body("activities[1].type", equalTo("ORDER_CARD")).body("activities[1].state", equalTo("OPEN"));
        api.as(caseworker()).get("/persons/{cpr}/card-orders", person.cpr().value()).then().statusCode(200)
                // no group known before this one: a first entitlement, free (CARD-3 exemption 2)
                .body("[0].forloebId", equalTo(id)).body("[0].reason", equalTo("FIRST_ENTITLEMENT"))
                .body("[0].fee.exemption.number", equalTo(2))
                .body("[0].card.group", equalTo(2)).body("[0].card.validFrom", equalTo(TODAY.plusDays(7).toString()));
    }

    @Test
    @DisplayName("GRP-5 a change is undone by a new change with the same valid-from date")
    void GRP5_undo_by_registering_the_same_date_again() {
        Person person = newPerson();
        LocalDate date = TODAY.plusDays(12);
        deliveries.deliverFor(changeGroup(person, 2, date));
        clock.advance(Duration.ofMinutes(1));
        deliveries.deliverFor(changeGroup(person, 1, date));

        api.as(caseworker()).get("/persons/{cpr}/group", person.cpr().value()).then().statusCode(200)
                .body("upcoming", hasSize(1)).body("upcoming[0].group", equalTo(1));
    }

    @Test
    @DisplayName("INT-5 FORL-4 LUNA down (5xx, resets, slow answers) during 60 changes, then back: every forløb completes, each registered once")
    void INT5_FORL4_an_outage_loses_nothing_and_registers_nothing_twice() {
        List<Person> people = newPersons(60);
        lunaProxy.stubFor(post(urlEqualTo(REGISTRATIONS)).atPriority(1).willReturn(aResponse().withStatus(503)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ids.add(changeGroup(people.get(i), 4, TODAY.plusDays(1 + i % 20)));
            if (i == 20) {
                lunaProxy.stubFor(post(urlEqualTo(REGISTRATIONS)).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            }
            if (i == 40) {
                lunaProxy.stubFor(post(urlEqualTo(REGISTRATIONS)).atPriority(1).willReturn(aResponse().withStatus(201).withFixedDelay(1_500)));
            }
            delivery.deliverDue(5);
        }
        assertThat(statusOf(ids).values()).as("nothing completes while LUNA is down").containsOnly("IN_PROGRESS");

        lunaProxy.resetMappings();
        lunaProxy.stubFor(WireMock.any(anyUrl()).willReturn(aResponse().proxiedFrom(luna.baseUrl())));
        clock.advance(Duration.ofMinutes(10)); // past every back-off
        sleep(Duration.ofMillis(200)); // past the circuit breaker's open state
        deliveries.deliverForMovingTime(OutboxDeliveries.ids(ids));

        assertThat(statusOf(ids).values()).containsOnly("COMPLETED");
        for (Person person : people) {
            api.as(caseworker()).get("/persons/{cpr}/group", person.cpr().value()).then().body("upcoming", hasSize(1));
        }
        // Slow answers time out after LUNA may have acted: the retries carry the same key, so LUNA registers once.
        for (Person person : people) {
            assertThat(registeredAtLuna(person)).as("registrations of %s at LUNA", person.cpr()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("FORL-4 a service stopped between the forløb commit and the delivery: after restart the outbox delivers, and LUNA registers each once")
    void FORL4_after_a_restart_the_outbox_delivers_once() {
        List<Person> people = newPersons(15);
        List<String> ids = people.stream().map(person -> changeGroup(person, 4, TODAY.plusDays(3))).toList();
        // this instance stops here without delivering; a new one starts on the same database
        try (ApplicationContext restarted = anotherInstance()) {
            awaitCompleted(ids, restarted.getBean(ForloebStorePort.class));
        }
        assertDeliveredAtLeastOnceAndRegisteredOnce(people, ids);
    }

    /**
     * What the outbox promises with several instances (ADR 0016): each message is delivered at least once and
     * registered in LUNA once, by its idempotency key. It does not promise one POST per key: a POST whose answer comes
     * after the read timeout (500 ms here, easily reached on a loaded machine) is sent again with the same key by the
     * adapter's retry, or after the record's back-off, and LUNA answers it with the first registration. Two instances
     * never deliver one record at the same time: the claim holds the record's row lock (FOR UPDATE SKIP LOCKED) from
     * before the POST until its answer is stored, and afterwards the record is no longer pending.
     */
    @Test
    @DisplayName("FORL-4 two service instances on one database: every message is delivered, and LUNA registers each once")
    void FORL4_two_instances_deliver_each_message_once() {
        List<Person> people = newPersons(80);
        List<String> ids = people.stream().map(person -> changeGroup(person, 4, TODAY.plusDays(2))).toList();
        try (ApplicationContext first = anotherInstance();
             ApplicationContext second = anotherInstance()) {
            awaitCompleted(ids, first.getBean(ForloebStorePort.class));
        }
        assertDeliveredAtLeastOnceAndRegisteredOnce(people, ids);
    }

    /**
     * Each person's one group change reached LUNA at least once and LUNA holds it once, under the key of its outbox
     * record; the registration the service confirmed is the one LUNA holds. Retries after a timeout repeat the key.
     */
    private void assertDeliveredAtLeastOnceAndRegisteredOnce(List<Person> people, List<String> forloebIds) {
        List<OutboxTable.Row> records = outbox.ofForloeb(OutboxDeliveries.ids(forloebIds), Set.of("LUNA_REGISTRATION"));
        assertThat(records).hasSize(people.size()).allSatisfy(row -> assertThat(row.state()).isEqualTo("CONFIRMED"));
        Set<String> keys = records.stream().map(row -> row.id().toString()).collect(Collectors.toSet());
        assertThat(allDeliveryAttemptsPerKey(keys)).as("POSTs per idempotency key: at least one each")
                .containsOnlyKeys(keys).allSatisfy((key, posts) -> assertThat(posts).isPositive());
        Map<String, String> confirmed = records.stream()
                .collect(Collectors.toMap(row -> row.id().toString(), OutboxTable.Row::receipt));
        for (Person person : people) {
            assertThat(receivedAtLuna(person)).as("what LUNA registered for %s", person.cpr()).singleElement()
                    .satisfies(received -> {
                        assertThat(keys).contains((String) received.get("idempotencyKey"));
                        assertThat(received.get("registrationId")).as("the registration the service confirmed")
                                .isEqualTo(confirmed.get((String) received.get("idempotencyKey")));
                    });
        }
    }

    /** Another instance of the service on the same database, its outbox worker running. */
    private ApplicationContext anotherInstance() {
        ApplicationContext instance = ApplicationContext.run(new HashMap<String, Object>(lunaProperties(true)), "test");
        instance.getBean(MutableClock.class).set(clock.instant()); // the same "now" as this instance
        return instance;
    }

    private String changeGroup(Person person, int group, LocalDate validFrom) {
        return api.as(caseworker()).contentType("application/json")
                .body("{\"group\":" + group + ",\"validFrom\":\"" + validFrom + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(202).extract().path("id");
    }

    private Map<String, String> statusOf(List<String> ids) {
        return ids.stream().collect(Collectors.toMap(Function.identity(),
                id -> forloeb.load(ForloebId.of(id)).orElseThrow().status().name()));
    }

    private void awaitCompleted(List<String> ids, ForloebStorePort store) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ids.stream().map(id -> store.load(ForloebId.of(id)).orElseThrow()).anyMatch(Forloeb::isInProgress)) {
            assertThat(System.nanoTime()).as("all forløb completed within 60 s").isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    /** How many registrations LUNA itself holds for the person that came over HTTP. */
    private int registeredAtLuna(Person person) {
        return receivedAtLuna(person).size();
    }

    /** What LUNA itself registered for the person over HTTP: idempotency key, registration id, the request. */
    private List<Map<String, Object>> receivedAtLuna(Person person) {
        return io.restassured.RestAssured.given().baseUri(luna.baseUrl()).queryParam("cpr", person.cpr().value())
                .get(REGISTRATIONS).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private Map<String, Long> allDeliveryAttemptsPerKey(Set<String> keys) {
        return deliveriesPerKey(keys, event -> true);
    }

    /** Only these keys: the proxy also sees what other test classes left in the shared outbox. */
    private Map<String, Long> deliveriesPerKey(Set<String> keys, java.util.function.Predicate<ServeEvent> which) {
        return lunaProxy.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .filter(event -> keys.contains(event.getRequest().getHeader("Idempotency-Key")))
                .filter(which)
                .collect(Collectors.groupingBy(event -> event.getRequest().getHeader("Idempotency-Key"), Collectors.counting()));
    }

    private List<Person> newPersons(int count) {
        List<Person> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(newPerson());
        }
        return created;
    }

    private Person newPerson() {
        int n = nextPerson++;
        Person person = person(TestCprs.cpr(bornYearsAgo(20 + n % 60, 100 + n), SERIES + n / 300, n % 2 == 0 ? Gender.MALE : Gender.FEMALE),
                "Luna Person " + n, address("addr-luna-" + n));
        persons.store(person);
        return person;
    }

    private String caseworker() {
        return tokens.caseworker("101", "cw-101-luna");
    }

    private static WireMockServer startProxyTo(String target) {
        WireMockServer proxy = new WireMockServer(wireMockConfig().dynamicPort());
        proxy.start();
        return proxy;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
