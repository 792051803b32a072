package dk.sygesikring.server.card;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.SaveConfigurationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.configuration.LocalConfiguration;
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
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.nets.DeliveredWebhook;
import dk.sygesikring.simulators.nets.NetsSimulator;
import dk.sygesikring.simulators.nets.SimulatedPayment;
import dk.sygesikring.simulators.nets.WebhookFaults;
import dk.sygesikring.simulators.nets.WebhookRetries;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A citizen's card order paid by payment card, over HTTP end to end (CARD-12, PAY-1, PAY-2, PAY-4, INT-3): the Nets
 * simulator makes the payment, "completes" the hosted checkout and posts its webhooks to this service; the card
 * supplier simulator takes the cards and reports them dispatched. Counts come from the simulators, so they show what
 * was reserved, charged and released at Nets, not what this service believes. The citizens live in Herning (657).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardPaymentApiTest implements TestPropertyProvider {

    private static final int SERIES = 62;
    private static final String MUNICIPALITY = "657";
    private static final String SUPPLIER_SECRET = "test-only-card-supplier-secret-0123456789";
    private static final String WEBHOOK_AUTHORIZATION = "test-only-nets-webhook-authorization";
    private static final Set<String> CARDS_AND_PAYMENTS = Set.of("CARD_SUPPLIER_ORDER", "NETS_PAYMENT");
    private static final Set<String> REGISTRATIONS_CARDS_AND_PAYMENTS = Set.of("LUNA_REGISTRATION", "CARD_SUPPLIER_ORDER", "NETS_PAYMENT");
    private static final ProviderNumber DOCTOR = ProviderNumber.of("065701");
    private static final String FIRST_KEY = "nets-657-2026";
    private static final String SECOND_KEY = "nets-657-2027";

    private final int port = freePort();
    private final Clock testClock = new LateClock(() -> this.clock);
    /** Replaced by a new one on the same port when a test takes Nets down. */
    private NetsSimulator nets = startNets(0);
    private final int netsPort = nets.port();
    /** Registers the group changes (INT-1) and answers the physical-card opt-outs of automatic orders (CARD-10). */
    /** Where the receipts go (LET-1, LET-2): a forløb completes once its receipt is sent. */
    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);
    private final LunaSimulator luna = LunaSimulator.start(DemoPopulation.generate(DemoPopulation.DEFAULT_SEED), 0);
    private final CardSupplierSimulator supplier = CardSupplierSimulator.start(0, CardSupplierSimulator.Options.defaults()
            .withClock(testClock).withReportRetry(Duration.ofMillis(20), Duration.ofMillis(200)));

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject LoadConfigurationPort configuration;
    @Inject SaveConfigurationPort saveConfiguration;
    @Inject TransactionPort transactions;
    @Inject OutboxDeliveries deliveries;
    @Inject OutboxTable outbox;
    @Inject MutableClock clock;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("sygesikring.nets.url", nets.baseUrl());
        properties.put("sygesikring.nets.webhook-url", "http://localhost:" + port + "/nets/webhooks");
        properties.put("sygesikring.nets.secret-keys." + FIRST_KEY, "simulated-secret-key-657-2026");
        properties.put("sygesikring.nets.secret-keys." + SECOND_KEY, "simulated-secret-key-657-2027");
        properties.put("sygesikring.nets.retry.initial-wait", "10ms");
        properties.put("sygesikring.nets.read-timeout", "300ms");
        properties.put("sygesikring.nets.circuit-breaker.wait-duration-in-open-state", "100ms");
        properties.put("sygesikring.card-supplier.url", supplier.baseUrl());
        properties.put("sygesikring.luna.url", luna.baseUrl());
        properties.put("sygesikring.digital-post.url", digitalPost.baseUrl());
        properties.put("sygesikring.card-supplier.retry.initial-wait", "10ms");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        supplier.reportTo(URI.create(server.getURL() + "/card-supplier/reports"), SUPPLIER_SECRET);
        useKey(FIRST_KEY);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(new Practitioner(DOCTOR, "Lægerne i Herning", home("addr-pay-doctor"),
                    MunicipalityCode.of(MUNICIPALITY), PractitionerKind.REGULAR, true, 2000, 1800, 1000, Set.of())));
            return null;
        });
    }

    @AfterAll
    void stop() {
        digitalPost.close();
        nets.close();
        supplier.close();
        luna.close();
    }

    @BeforeEach
    void noFaults() {
        nets.webhookFaults(WebhookFaults.NONE);
    }

    @Test
    @DisplayName("PAY-2 CARD-12 PAY-1 a mother pays for her and her son's lost cards: one payment, reserved in the checkout, each card charged only when dispatched")
    void CARD12_PAY1_reserve_then_charge_at_dispatch() throws InterruptedException {
        Person mother = person(40, Gender.FEMALE);
        Person son = person(8, Gender.MALE);
        persons.store(mother, List.of(Relation.custody(mother.cpr(), son.cpr())), List.of(son));
        JsonPath ordered = order(mother, List.of(mother, son));
        assertThat(ordered.getString("payment.status")).isEqualTo("CREATING");
        float total = ordered.getFloat("payment.totalKroner");
        assertThat(total).isEqualTo(2 * ordered.getFloat("orders[0].fee.kroner"));
        assertThat(ordered.getList("orders.status")).containsOnly("AWAITING_PAYMENT");
        String forloebId = ordered.getString("forloeb.id");
        String paymentId = ordered.getString("payment.id");

        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        JsonPath awaiting = payment(mother, paymentId);
        assertThat(awaiting.getString("status")).isEqualTo("AWAITING_CHECKOUT");
        String netsId = netsIdOf(awaiting);
        assertThat(nets.payment(netsId).orElseThrow().amount()).isEqualTo(Math.round(total * 100));

        nets.completeCheckout(netsId);
        awaitStatus(mother, paymentId, "RESERVED");
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        List<String> orderIds = ordered.getList("orders.id");
        assertThat(orderIds).allSatisfy(id -> assertThat(supplier.status(UUID.fromString(id))).isPresent());
        assertThat(nets.payment(netsId).orElseThrow().charges()).as("no capture without dispatch").isZero();

        supplier.dispatch(UUID.fromString(orderIds.get(0)));
        awaitCardStatus(mother, orderIds.get(0), "DISPATCHED");
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        SimulatedPayment afterOne = nets.payment(netsId).orElseThrow();
        assertThat(afterOne.charges()).isEqualTo(1);
        assertThat(afterOne.charged()).isEqualTo(Math.round(total * 50));

        supplier.dispatch(UUID.fromString(orderIds.get(1)));
        awaitCardStatus(mother, orderIds.get(1), "DISPATCHED");
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        SimulatedPayment settled = nets.payment(netsId).orElseThrow();
        assertThat(settled.charges()).isEqualTo(2);
        assertThat(settled.charged()).isEqualTo(settled.reserved());
        assertThat(payment(mother, paymentId).getList("items.status")).containsOnly("CHARGED");
    }

    @Test
    @DisplayName("CARD-12 CARD-3 a citizen's own change from group 1 to 2 over HTTP: the answer carries the card's payment, paid in the checkout; the card goes out once the change is in effect and is charged once dispatched")
    void CARD12_citizens_own_group_change_is_paid_by_card() throws InterruptedException {
        Person citizen = person(37, Gender.FEMALE);
        persons.store(citizen);
        String cpr = citizen.cpr().value();
        JsonPath changed = api.as(tokens.citizen(cpr)).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY + "\"}")
                .post("/persons/{cpr}/group-changes", cpr).then().statusCode(202)
                .body("type", equalTo("GROUP_CHANGE"))
                .body("payment.payer", equalTo(cpr))
                .body("payment.status", equalTo("CREATING"))
                .body("payment.items.cpr", equalTo(List.of(cpr)))
                .extract().jsonPath();
        String forloebId = changed.getString("id");
        String paymentId = changed.getString("payment.id");
        assertThat(changed.getFloat("payment.totalKroner")).isPositive();

        deliveries.deliverForMovingTime(REGISTRATIONS_CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        String netsId = netsIdOf(payment(citizen, paymentId));
        nets.completeCheckout(netsId);
        awaitStatus(citizen, paymentId, "RESERVED");
        deliveries.deliverForMovingTime(REGISTRATIONS_CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        JsonPath cards = api.as(tokens.citizen(cpr)).get("/persons/{cpr}/card-orders", cpr).then().statusCode(200)
                .extract().jsonPath();
        assertThat(cards.getList("reason")).containsExactly("GROUP_CHANGE");
        assertThat(cards.getString("[0].paymentId")).isEqualTo(paymentId);
        String orderId = cards.getString("[0].id");
        assertThat(supplier.status(UUID.fromString(orderId))).isPresent();
        assertThat(nets.payment(netsId).orElseThrow().charges()).as("no capture without dispatch").isZero();

        supplier.dispatch(UUID.fromString(orderId));
        awaitCardStatus(citizen, orderId, "DISPATCHED");
        deliveries.deliverForMovingTime(REGISTRATIONS_CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        SimulatedPayment settled = nets.payment(netsId).orElseThrow();
        assertThat(settled.charges()).isEqualTo(1);
        assertThat(settled.charged()).isEqualTo(settled.reserved());
        deliveries.deliverFor(Set.of("DIGITAL_POST_LETTER"), OutboxDeliveries.ids(forloebId)); // the receipt
        api.as(tokens.citizen(cpr)).get("/forloeb/{id}", forloebId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("payment.items[0].status", equalTo("CHARGED"));
    }

    @Test
    @DisplayName("PAY-1 cancelling the order before the card is drawn releases the reservation at Nets, once")
    void PAY1_cancel_releases_the_reservation() throws InterruptedException {
        Person citizen = person(33, Gender.MALE);
        persons.store(citizen);
        Reserved reserved = reservedOrder(citizen);
        JsonPath ordered = reserved.ordered();
        String forloebId = ordered.getString("forloeb.id");
        String netsId = reserved.netsId();

        api.as(tokens.citizen(citizen.cpr().value())).post("/forloeb/{id}/cancel", forloebId).then().statusCode(200);
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));

        SimulatedPayment released = nets.payment(netsId).orElseThrow();
        assertThat(released.cancels()).isEqualTo(1);
        assertThat(released.cancelled()).isEqualTo(released.reserved());
        assertThat(released.charges()).isZero();
        assertThat(payment(citizen, ordered.getString("payment.id")).getString("status")).isEqualTo("RELEASED");
    }

    @Test
    @DisplayName("PAY-4 the municipality's key is rotated at Nets and here between reservation and capture: the capture succeeds")
    void PAY4_capture_after_key_rotation() throws InterruptedException {
        Person citizen = person(52, Gender.FEMALE);
        persons.store(citizen);
        Reserved reserved = reservedOrder(citizen);
        JsonPath ordered = reserved.ordered();
        String forloebId = ordered.getString("forloeb.id");
        String netsId = reserved.netsId();
        try {
            nets.merchant(MUNICIPALITY, "simulated-secret-key-657-2027");
            useKey(SECOND_KEY);
            supplier.dispatch(UUID.fromString(ordered.getString("orders[0].id")));
            awaitCardStatus(citizen, ordered.getString("orders[0].id"), "DISPATCHED");
            deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
            assertThat(nets.payment(netsId).orElseThrow().charges()).isEqualTo(1);
        } finally {
            nets.merchant(MUNICIPALITY, "simulated-secret-key-657-2026");
            useKey(FIRST_KEY);
        }
    }

    @Test
    @DisplayName("Webhooks repeated 3 times and shuffled for 20 payments: every payment is reserved once and its card goes out once")
    void webhooks_repeated_and_shuffled() throws InterruptedException {
        nets.webhookFaults(new WebhookFaults(3, true, Duration.ZERO));
        List<Paid> paid = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Person citizen = person(30 + i % 40, Gender.MALE);
            persons.store(citizen);
            JsonPath ordered = order(citizen, List.of(citizen));
            paid.add(new Paid(citizen, ordered.getString("forloeb.id"), ordered.getString("payment.id"), ordered.getString("orders[0].id")));
        }
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(paid.stream().map(Paid::forloebId).toList()));
        List<String> netsIds = paid.stream().map(one -> netsIdOf(payment(one.citizen(), one.paymentId()))).toList();
        int before = nets.webhooks().size();
        netsIds.forEach(nets::completeCheckout);
        for (Paid one : paid) {
            awaitStatus(one.citizen(), one.paymentId(), "RESERVED");
        }
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(paid.stream().map(Paid::forloebId).toList()));

        List<DeliveredWebhook> delivered = nets.webhooks().subList(before, nets.webhooks().size());
        Map<String, Long> copies = delivered.stream().collect(Collectors.groupingBy(DeliveredWebhook::id, Collectors.counting()));
        System.out.printf("Nets webhooks: %d payments, %d events, %d deliveries acknowledged, %d cards placed at the supplier%n",
                paid.size(), copies.size(), delivered.size(),
                paid.stream().filter(one -> supplier.status(UUID.fromString(one.orderId())).isPresent()).count());
        assertThat(paid).allSatisfy(one -> assertThat(supplier.status(UUID.fromString(one.orderId()))).isPresent());
        assertThat(netsIds).allSatisfy(id -> assertThat(nets.payment(id).orElseThrow().state()).isEqualTo("RESERVED"));
    }

    @Test
    @DisplayName("A webhook without the Authorization value given to Nets is 401")
    void webhook_without_authorization() {
        String body = "{\"id\":\"ev-x\",\"event\":\"payment.reservation.created.v2\",\"data\":{\"paymentId\":\"np-x\"}}";
        api.wrongRequest().contentType("application/json").body(body).post("/nets/webhooks").then().statusCode(401)
                .body("type", equalTo("urn:sygesikring:problem:unauthorized"));
        api.wrongRequest().contentType("application/json").header("Authorization", "something else entirely")
                .body(body).post("/nets/webhooks").then().statusCode(401);
        api.wrongRequest().contentType("application/json").header("Authorization", WEBHOOK_AUTHORIZATION)
                .body(body).post("/nets/webhooks").then().statusCode(200);
    }

    /** How Nets fails while the 200 orders are made (INT-5). */
    enum NetsOutage {
        /** Every request answered 503 at once. */
        ANSWERING_503,
        /**
         * Every request answered after 600 ms, longer than the 300 ms this service waits: Nets does what it was asked,
         * but the answer comes too late, so the retry with the same idempotency key must find the same payment.
         */
        SLOWER_THAN_THE_READ_TIMEOUT,
        /** Nothing listening: every connection refused. */
        DOWN
    }

    @ParameterizedTest(name = "INT-5 Nets {0} during 200 orders, then back: every payment is made once at Nets, none reserved twice, no card charged")
    @EnumSource(NetsOutage.class)
    void INT5_nets_failing_during_200_orders(NetsOutage outage) {
        List<Paid> paid = new ArrayList<>();
        switch (outage) {
            case ANSWERING_503 -> fault("{\"status\":503}");
            case SLOWER_THAN_THE_READ_TIMEOUT -> fault("{\"delayMillis\":600}");
            case DOWN -> nets.close();
        }
        for (int i = 0; i < 200; i++) {
            Person citizen = person(20 + i % 60, i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
            persons.store(citizen);
            JsonPath ordered = order(citizen, List.of(citizen));
            paid.add(new Paid(citizen, ordered.getString("forloeb.id"), ordered.getString("payment.id"), ordered.getString("orders[0].id")));
        }
        List<UUID> forloeb = OutboxDeliveries.ids(paid.stream().map(Paid::forloebId).toList());
        deliveries.deliverFor(CARDS_AND_PAYMENTS, forloeb);
        clock.advance(Duration.ofMinutes(10));
        deliveries.deliverFor(CARDS_AND_PAYMENTS, forloeb);
        int attemptsWhileFailing = outbox.ofForloeb(forloeb, CARDS_AND_PAYMENTS).stream().mapToInt(OutboxTable.Row::attempts).sum();
        long pendingWhileFailing = outbox.ofForloeb(forloeb, CARDS_AND_PAYMENTS).stream().filter(OutboxTable.Row::isPending).count();

        if (outage == NetsOutage.DOWN) {
            nets = startNets(netsPort);
        } else {
            api.unvalidated().delete(nets.baseUrl() + "/simulator/fault").then().statusCode(204);
        }
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, forloeb);

        List<String> netsIds = paid.stream().map(one -> payment(one.citizen(), one.paymentId())).map(CardPaymentApiTest::netsIdOf).toList();
        long distinctAtNets = netsIds.stream().distinct().count();
        long madeAtNets = nets.payments().stream().filter(payment -> netsIds.contains(payment.paymentId())).count();
        System.out.printf("Nets %s: %d orders, %d attempts while failing, %d pending; back: %d payments here (%d distinct),"
                        + " %d of them at Nets, %d payments at Nets in all, %d charges%n",
                outage, paid.size(), attemptsWhileFailing, pendingWhileFailing, netsIds.size(), distinctAtNets, madeAtNets,
                nets.payments().size(), netsIds.stream().mapToInt(id -> nets.payment(id).orElseThrow().charges()).sum());
        assertThat(pendingWhileFailing).isEqualTo(200);
        assertThat(attemptsWhileFailing).isGreaterThanOrEqualTo(400);
        assertThat(distinctAtNets).isEqualTo(200);
        assertThat(madeAtNets).isEqualTo(200);
        assertThat(netsIds).allSatisfy(id -> assertThat(nets.payment(id).orElseThrow().charges()).isZero());
        assertThat(outbox.ofForloeb(forloeb, CARDS_AND_PAYMENTS)).extracting(OutboxTable.Row::state).containsOnly("CONFIRMED");
    }

    private void fault(String json) {
        api.unvalidated().contentType("application/json").body(json).put(nets.baseUrl() + "/simulator/fault")
                .then().statusCode(204);
    }

    private record Paid(Person citizen, String forloebId, String paymentId, String orderId) {
    }

    private record Reserved(JsonPath ordered, String netsId) {
    }

    /** The citizen's order of their own card, made at Nets, reserved in its checkout, and the card at the supplier. */
    private Reserved reservedOrder(Person citizen) throws InterruptedException {
        JsonPath ordered = order(citizen, List.of(citizen));
        String forloebId = ordered.getString("forloeb.id");
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        String netsId = netsIdOf(payment(citizen, ordered.getString("payment.id")));
        nets.completeCheckout(netsId);
        awaitStatus(citizen, ordered.getString("payment.id"), "RESERVED");
        deliveries.deliverForMovingTime(CARDS_AND_PAYMENTS, OutboxDeliveries.ids(forloebId));
        return new Reserved(ordered, netsId);
    }

    private JsonPath order(Person citizen, List<Person> who) {
        return api.as(tokens.citizen(citizen.cpr().value())).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"cards\":[" + who.stream().map(person -> "{\"cpr\":\"" + person.cpr().value() + "\",\"reason\":\"LOST\"}")
                        .collect(Collectors.joining(",")) + "]}")
                .post("/card-orders").then().statusCode(202).extract().jsonPath();
    }

    private JsonPath payment(Person citizen, String paymentId) {
        return api.as(tokens.citizen(citizen.cpr().value())).get("/payments/{id}", paymentId).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String netsIdOf(JsonPath payment) {
        String url = payment.getString("checkoutUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void awaitStatus(Person citizen, String paymentId, String status) throws InterruptedException {
        // at most 15 s: Nets's webhook comes over HTTP on its own thread
        for (int i = 0; i < 600 && !payment(citizen, paymentId).getString("status").equals(status); i++) {
            Thread.sleep(25);
        }
        assertThat(payment(citizen, paymentId).getString("status")).isEqualTo(status);
    }

    private void awaitCardStatus(Person citizen, String orderId, String status) throws InterruptedException {
        for (int i = 0; i < 600; i++) { // at most 15 s: the supplier's report comes over HTTP on its own thread
            if (api.as(tokens.citizen(citizen.cpr().value())).get("/card-orders/{id}", orderId).then().extract().jsonPath()
                    .getString("status").equals(status)) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("card order " + orderId + " never became " + status);
    }

    /** The municipality's Nets agreement names this key (CFG-2, PAY-4). */
    private void useKey(String reference) {
        transactions.inTransaction(() -> {
            LocalConfiguration local = configuration.lockLocal(MunicipalityCode.of(MUNICIPALITY)).orElseThrow();
            saveConfiguration.saveLocal(new LocalConfiguration(local.municipality(), local.adHocTaskDeadline(),
                    local.paymentChannels(), local.highRoadCodes(), local.remotePrintSupplier(), Optional.of(reference),
                    local.sessionTimeout()));
            return null;
        });
    }

    /** A person in group 1 with DOCTOR, not yet stored. */
    private Person person(int age, Gender gender) {
        Cpr cpr = TestCprs.cpr(bornYearsAgo(age, nextPerson++ % 300), SERIES, gender);
        Person person = TestPersons.person(cpr, "Kortbetaler " + nextPerson, home("addr-pay-" + nextPerson));
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(cpr, DOCTOR, TODAY.minusYears(2), Instant.parse("2024-01-01T00:00:00Z"),
                    UUID.randomUUID(), null));
            return null;
        });
        return person;
    }

    private static Address home(String addressId) {
        return new Address("Bredgade", "5", null, null, "7400", "Herning", "0310", MunicipalityCode.of(MUNICIPALITY), addressId,
                new Coordinates(56.14, 8.97));
    }

    /** The Nets simulator on the port (0: any), with the municipality's merchant under its first key. */
    private NetsSimulator startNets(int onPort) {
        NetsSimulator simulator = NetsSimulator.start(onPort, new WebhookRetries(Duration.ofMillis(20), Duration.ofMillis(200)),
                testClock);
        simulator.merchant(MUNICIPALITY, "simulated-secret-key-657-2026");
        return simulator;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
