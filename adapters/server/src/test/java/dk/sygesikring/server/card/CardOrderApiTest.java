package dk.sygesikring.server.card;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.LateClock;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.OutboxTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.cardsupplier.CardSupplierSimulator;
import dk.sygesikring.simulators.cardsupplier.DeliveredReport;
import dk.sygesikring.simulators.cardsupplier.OrderStatus;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.reports.ReportFaults;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Card orders over HTTP, from the caseworker's request to the card supplier and back (CARD-1..CARD-3, CARD-9,
 * DOC-12, ROLE-5): the card-supplier simulator takes the orders over real HTTP and posts its signed reports to this
 * service's endpoint. The persons live in Ringkøbing-Skjern (760) with a doctor of their own; no other test uses it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardOrderApiTest implements TestPropertyProvider {

    private static final int SERIES = 61;
    private static final String MUNICIPALITY = "760";
    private static final String SECRET = "test-only-card-supplier-secret-0123456789";
    private static final Set<String> CARD_ORDERS = Set.of("CARD_SUPPLIER_ORDER");
    private static final Set<String> LETTERS = Set.of("DIGITAL_POST_LETTER");
    private static final ProviderNumber DOCTOR = ProviderNumber.of("076101");

    /** Where the card orders' receipts go (LET-2): a forløb completes once its receipt is sent. */
    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);
    private final CardSupplierSimulator supplier = CardSupplierSimulator.start(0, CardSupplierSimulator.Options.defaults()
            .withClock(new LateClock(() -> this.clock)).withReportRetry(Duration.ofMillis(20), Duration.ofMillis(200)));

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject TransactionPort transactions;
    @Inject OutboxDeliveries deliveries;
    @Inject OutboxTable outbox;
    @Inject MutableClock clock;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.card-supplier.url", supplier.baseUrl(), "sygesikring.digital-post.url", digitalPost.baseUrl(),
                "sygesikring.card-supplier.retry.initial-wait", "10ms",
                "sygesikring.card-supplier.circuit-breaker.wait-duration-in-open-state", "100ms");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        supplier.reportTo(URI.create(server.getURL() + "/card-supplier/reports"), SECRET);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(new Practitioner(DOCTOR, "Lægerne i Skjern", home("addr-card-doctor"),
                    MunicipalityCode.of(MUNICIPALITY), PractitionerKind.REGULAR, true, 2000, 1800, 1000, Set.of())));
            return null;
        });
    }

    @AfterAll
    void stop() {
        digitalPost.close();
        supplier.close();
    }

    @BeforeEach
    void noFaults() {
        supplier.reportFaults(ReportFaults.NONE);
    }

    @Test
    @DisplayName("CARD-1 CARD-2 DOC-12 a caseworker orders lost cards for a mother and two children: one forløb, three orders, three fees, each card showing what it should")
    void CARD1_CARD2_DOC12_a_family_order() {
        Family family = family();
        JsonPath quote = api.as(caseworker()).contentType("application/json")
                .body(cards(family.all(), "LOST")).post("/card-orders/fee-quote").then().statusCode(200).extract().jsonPath();
        float fee = quote.getFloat("cards[0].fee.kroner");
        assertThat(fee).isPositive();
        assertThat(quote.getFloat("totalKroner")).isEqualTo(3 * fee);

        JsonPath ordered = order(caseworker(), family.all(), "LOST");

        assertThat(ordered.getString("forloeb.type")).isEqualTo("CARD_ORDER");
        assertThat(ordered.getString("forloeb.mainPerson")).isEqualTo(family.mother().cpr().value());
        assertThat(ordered.getList("orders.cpr")).containsExactlyElementsOf(family.all().stream().map(p -> p.cpr().value()).toList());
        assertThat(ordered.getList("orders.fee.kroner", Float.class)).containsOnly(fee);
        assertThat(ordered.getList("orders.fee.decision")).containsOnly("CHARGED");
        assertThat(ordered.getList("orders.status")).containsOnly("ORDERED");
        assertThat(ordered.getString("orders[1].card.name")).isEqualTo(family.son().name());
        assertThat(ordered.getString("orders[1].card.providerNumber")).isEqualTo(DOCTOR.value());
        assertThat(ordered.getString("orders[1].card.practiceName")).isEqualTo("Lægerne i Skjern");
        assertThat(ordered.getInt("orders[1].card.group")).isEqualTo(1);
        assertThat(ordered.getString("orders[1].card.address")).isEqualTo(family.mother().address().display());
        assertThat(ordered.getString("orders[1].card.validFrom")).isEqualTo(TODAY.toString());
        assertThat(ordered.getList("forloeb.details.findAll { it.name == 'kortbestillingAarsag' }.value")).containsOnly("LOST");
    }

    @Test
    @DisplayName("CARD-3 (exemption via the API) a move is free and says which exemption; a cracked card needs its valid-from date (400 naming the field)")
    void CARD3_exemption_and_cracked_card() {
        Person person = single();
        JsonPath moved = order(caseworker(), List.of(person), "MOVE");
        assertThat(moved.getFloat("orders[0].fee.kroner")).isZero();
        assertThat(moved.getInt("orders[0].fee.exemption.number")).isEqualTo(6);
        assertThat(moved.getString("orders[0].payment")).isEqualTo("FREE");

        api.wrongRequest().header("Authorization", "Bearer " + caseworker()).contentType("application/json")
                .body("{\"cards\":[{\"cpr\":\"" + person.cpr().value() + "\",\"reason\":\"CRACKED\"}]}").post("/card-orders")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cards[0].cardValidFrom"));
        JsonPath old = api.as(caseworker()).contentType("application/json")
                .body("{\"cards\":[{\"cpr\":\"" + person.cpr().value() + "\",\"reason\":\"CRACKED\",\"cardValidFrom\":\""
                        + TODAY.minusYears(5) + "\"}]}").post("/card-orders/fee-quote").then().statusCode(200).extract().jsonPath();
        assertThat(old.getString("cards[0].fee.exemption.name")).isEqualTo("CRACKED_CARD_OVER_FOUR_YEARS");
    }

    @Test
    @DisplayName("The card supplier's signed reports carry the order to dispatched and the forløb to completed; the citizen follows it in \"Mine sager\" (ROLE-5)")
    void ROLE5_from_ordered_to_dispatched() throws InterruptedException {
        Family family = family();
        JsonPath ordered = order(caseworker(), List.of(family.son()), "DAMAGED");
        String orderId = ordered.getString("orders[0].id");
        String forloebId = ordered.getString("forloeb.id");
        deliveries.deliverForMovingTime(CARD_ORDERS, OutboxDeliveries.ids(forloebId));
        assertThat(supplier.status(UUID.fromString(orderId))).contains(OrderStatus.RECEIVED);
        api.as(tokens.citizen(family.mother().cpr().value())).get("/persons/{cpr}/card-orders", family.son().cpr().value())
                .then().statusCode(200).body("[0].id", equalTo(orderId)).body("[0].status", equalTo("AT_SUPPLIER"));

        int before = supplier.deliveredReports().size();
        supplier.dispatch(UUID.fromString(orderId));
        supplier.awaitDeliveredReports(before + 2, Duration.ofSeconds(20));

        api.as(tokens.citizen(family.mother().cpr().value())).get("/card-orders/{id}", orderId).then().statusCode(200)
                .body("status", equalTo("DISPATCHED"));
        // LET-4: the receipt is the son's own (the order's main person), by physical mail as he is under 15; this
        // municipality has no remote print supplier, so what is left is a caseworker's task to send it
        JsonPath dispatched = api.as(caseworker()).get("/forloeb/{id}", forloebId).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("activities[0].closedBy.id", equalTo("Kortleverandør"))
                .extract().jsonPath();
        assertThat(dispatched.getList("activities.type")).containsExactly("ORDER_CARD", "SEND_LETTER", "MANUAL_TASK");
        assertThat(dispatched.getList("activities.state")).containsExactly("DONE", "FAILED", "OPEN");
        // PER-8: the overview shows the card of today
        api.as(tokens.citizen(family.mother().cpr().value())).get("/persons/{cpr}/overview", family.son().cpr().value())
                .then().statusCode(200).body("healthCard.id", equalTo(orderId)).body("healthCard.status", equalTo("DISPATCHED"))
                .body("healthCard.card.validFrom", equalTo(TODAY.toString()));
        api.as(tokens.citizen(family.mother().cpr().value())).get("/persons/{cpr}/card-orders", family.mother().cpr().value())
                .then().statusCode(200).body("$", hasSize(0));
        api.as(tokens.citizen(stranger().cpr().value())).get("/persons/{cpr}/card-orders", family.son().cpr().value())
                .then().statusCode(403).body("type", equalTo("urn:sygesikring:problem:not-your-person"));
    }

    @Test
    @DisplayName("Reports repeated 3 times and shuffled, for 10 orders: each order is dispatched once, each report taken once, and every forløb completes")
    void reports_repeated_and_shuffled() throws InterruptedException {
        List<String> forloeb = new ArrayList<>();
        List<UUID> orderIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JsonPath ordered = order(caseworker(), List.of(single()), "LOST");
            forloeb.add(ordered.getString("forloeb.id"));
            orderIds.add(UUID.fromString(ordered.getString("orders[0].id")));
        }
        deliveries.deliverForMovingTime(CARD_ORDERS, OutboxDeliveries.ids(forloeb));
        supplier.reportFaults(new ReportFaults(3, true, Duration.ZERO));
        int before = supplier.deliveredReports().size();
        orderIds.forEach(supplier::dispatch);
        List<DeliveredReport> delivered = supplier.awaitDeliveredReports(before + 10 * 2 * 3, Duration.ofSeconds(30))
                .subList(before, before + 60);

        Map<UUID, Long> copiesPerReport = delivered.stream().collect(Collectors.groupingBy(DeliveredReport::reportId, Collectors.counting()));
        System.out.printf("Card supplier reports: %d orders, %d reports, %d deliveries acknowledged (%s copies each)%n",
                orderIds.size(), copiesPerReport.size(), delivered.size(), copiesPerReport.values().stream().distinct().toList());
        assertThat(copiesPerReport).hasSize(20).allSatisfy((report, copies) -> assertThat(copies).isEqualTo(3));
        deliveries.deliverFor(LETTERS, OutboxDeliveries.ids(forloeb)); // the receipts
        for (int i = 0; i < orderIds.size(); i++) {
            api.as(caseworker()).get("/card-orders/{id}", orderIds.get(i)).then().statusCode(200).body("status", equalTo("DISPATCHED"));
            api.as(caseworker()).get("/forloeb/{id}", forloeb.get(i)).then().statusCode(200).body("status", equalTo("COMPLETED"));
        }
    }

    @Test
    @DisplayName("A report without the supplier's signature, with a wrong one or an old one is 401 and changes nothing")
    void unsigned_reports_are_refused() {
        JsonPath ordered = order(caseworker(), List.of(single()), "LOST");
        String body = "{\"reportId\":\"" + UUID.randomUUID() + "\",\"orderId\":\"" + ordered.getString("orders[0].id")
                + "\",\"status\":\"DISPATCHED\",\"occurredAt\":\"2026-11-22T10:00:00Z\",\"supplierReference\":\"S-1\"}";
        long now = clock.instant().getEpochSecond();

        report(body, null).then().statusCode(401).body("type", equalTo("urn:sygesikring:problem:unauthorized"));
        report(body, "t=" + now + ",v1=" + "0".repeat(64)).then().statusCode(401);
        report(body, signature("another-secret-of-sixteen-chars", now, body)).then().statusCode(401);
        report(body, signature(SECRET, now - 3600, body)).then().statusCode(401);
        api.as(caseworker()).get("/card-orders/{id}", ordered.getString("orders[0].id")).then().body("status", equalTo("ORDERED"));

        report(body, signature(SECRET, now, body)).then().statusCode(204);
        report(body, signature(SECRET, now, body)).then().statusCode(204);
        api.as(caseworker()).get("/card-orders/{id}", ordered.getString("orders[0].id")).then().body("status", equalTo("DISPATCHED"));
    }

    @Test
    @DisplayName("CARD-9 a card order's forløb is cancelled at the supplier before the card is drawn, and refused once it is drawn")
    void CARD9_cancel_until_drawn() {
        JsonPath first = order(caseworker(), List.of(single()), "LOST");
        JsonPath second = order(caseworker(), List.of(single()), "LOST");
        deliveries.deliverForMovingTime(CARD_ORDERS, OutboxDeliveries.ids(first.getString("forloeb.id"), second.getString("forloeb.id")));

        api.as(caseworker()).post("/forloeb/{id}/cancel", first.getString("forloeb.id")).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(supplier.status(UUID.fromString(first.getString("orders[0].id")))).contains(OrderStatus.CANCELLED);
        api.as(caseworker()).get("/card-orders/{id}", first.getString("orders[0].id")).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        supplier.draw(UUID.fromString(second.getString("orders[0].id")));
        api.as(caseworker()).post("/forloeb/{id}/cancel", second.getString("forloeb.id")).then().statusCode(409)
                .body("type", equalTo("urn:sygesikring:problem:card-already-drawn")).body("rule", equalTo("CARD-9"));
        api.as(caseworker()).get("/forloeb/{id}", second.getString("forloeb.id")).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    @DisplayName("INT-5 the card supplier answering 503 for 20 orders: they wait in the outbox, and once it is back each is placed once")
    void INT5_supplier_down_then_back() {
        List<String> forloeb = new ArrayList<>();
        List<UUID> orderIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JsonPath ordered = order(caseworker(), List.of(single()), "LOST");
            forloeb.add(ordered.getString("forloeb.id"));
            orderIds.add(UUID.fromString(ordered.getString("orders[0].id")));
        }
        api.unvalidated().contentType("application/json").body("{\"status\":503}").put(supplier.baseUrl() + "/simulator/fault")
                .then().statusCode(204);
        deliveries.deliverFor(CARD_ORDERS, OutboxDeliveries.ids(forloeb));
        clock.advance(Duration.ofMinutes(10));
        deliveries.deliverFor(CARD_ORDERS, OutboxDeliveries.ids(forloeb));
        long pending = outbox.ofForloeb(OutboxDeliveries.ids(forloeb), CARD_ORDERS).stream().filter(OutboxTable.Row::isPending).count();
        int attemptsWhileDown = outbox.ofForloeb(OutboxDeliveries.ids(forloeb), CARD_ORDERS).stream().mapToInt(OutboxTable.Row::attempts).sum();
        assertThat(pending).isEqualTo(20);
        assertThat(orderIds).allSatisfy(id -> assertThat(supplier.status(id)).isEmpty());

        api.unvalidated().delete(supplier.baseUrl() + "/simulator/fault").then().statusCode(204);
        deliveries.deliverForMovingTime(CARD_ORDERS, OutboxDeliveries.ids(forloeb));

        List<OutboxTable.Row> after = outbox.ofForloeb(OutboxDeliveries.ids(forloeb), CARD_ORDERS);
        System.out.printf("Card supplier down: %d orders, %d delivery attempts while down, %d pending; back: %d confirmed, %d placed at the supplier%n",
                orderIds.size(), attemptsWhileDown, pending, after.stream().filter(row -> row.state().equals("CONFIRMED")).count(),
                orderIds.stream().filter(id -> supplier.status(id).isPresent()).count());
        assertThat(after).extracting(OutboxTable.Row::state).containsOnly("CONFIRMED");
        assertThat(orderIds).allSatisfy(id -> assertThat(supplier.status(id)).contains(OrderStatus.RECEIVED));
    }

    private io.restassured.response.Response report(String body, String signature) {
        var request = api.wrongRequest().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("Card-Supplier-Signature", signature);
        }
        return request.post("/card-supplier/reports");
    }

    private static String signature(String secret, long seconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonPath order(String token, List<Person> who, String reason) {
        return api.as(token).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(cards(who, reason)).post("/card-orders").then().statusCode(202).extract().jsonPath();
    }

    private static String cards(List<Person> who, String reason) {
        return "{\"cards\":[" + who.stream().map(person -> "{\"cpr\":\"" + person.cpr().value() + "\",\"reason\":\"" + reason + "\"}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private String caseworker() {
        return tokens.caseworker(MUNICIPALITY, "cw-760-cards");
    }

    private record Family(Person mother, Person son, Person daughter) {
        List<Person> all() {
            return List.of(mother, son, daughter);
        }
    }

    /** A mother with two children under 15 in her custody, all three in group 1 with DOCTOR. */
    private Family family() {
        Address home = home("addr-card-family-" + nextPerson);
        Person mother = TestPersons.person(nextCpr(38, Gender.FEMALE), "Mette Kort", home);
        Person son = TestPersons.person(nextCpr(9, Gender.MALE), "Malte Kort", home);
        Person daughter = TestPersons.person(nextCpr(6, Gender.FEMALE), "Maja Kort", home);
        persons.store(mother, List.of(Relation.custody(mother.cpr(), son.cpr()), Relation.custody(mother.cpr(), daughter.cpr())),
                List.of(son, daughter));
        List.of(mother, son, daughter).forEach(this::withDoctor);
        return new Family(mother, son, daughter);
    }

    private Person single() {
        Person person = TestPersons.person(nextCpr(45, Gender.MALE), "Kurt Kort", home("addr-card-single-" + nextPerson));
        persons.store(person);
        withDoctor(person);
        return person;
    }

    private Person stranger() {
        Person person = TestPersons.person(nextCpr(50, Gender.FEMALE), "Fremmed Kort", home("addr-card-stranger-" + nextPerson));
        persons.store(person);
        return person;
    }

    private void withDoctor(Person person) {
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(person.cpr(), DOCTOR, TODAY.minusYears(2), Instant.parse("2024-01-01T00:00:00Z"),
                    UUID.randomUUID(), null));
            return null;
        });
    }

    private Cpr nextCpr(int age, Gender gender) {
        return TestCprs.cpr(bornYearsAgo(age, nextPerson++ % 300), SERIES, gender);
    }

    private static Address home(String addressId) {
        return new Address("Algade", "3", null, null, "6900", "Skjern", "0460", MunicipalityCode.of(MUNICIPALITY), addressId,
                new Coordinates(55.95, 8.50));
    }
}
