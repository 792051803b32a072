package dk.sygesikring.server.digitalpost;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dk.sygesikring.server.support.GlobalConfigurationBodies.object;
import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dk.sygesikring.application.letter.LetterDraft;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.outbox.DeliverOutboxUseCase;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.GlobalConfigurationBodies;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.OutboxTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Letters to Digital Post forløb first (LET-5, INT-4, INT-5), end to end: a forløb with an open SEND_LETTER activity
 * and its letter are stored in one transaction, then delivered over HTTP to the Digital Post simulator behind a
 * recording WireMock proxy, so every attempt is counted per idempotency key and outages can be scripted. The tests
 * write the forløb and its letter through the letter post, as a flow does. This context delivers only
 * when a test asks it to; the "other instances" are further application contexts with their workers running. The
 * outbox is shared with other test classes: a test counts only its own letters.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigitalPostDeliveryTest implements TestPropertyProvider {

    private static final int SERIES = 70;
    private static final String MESSAGES = "/messages";
    private static final Creator CASEWORKER = new Creator(Creator.Kind.CASEWORKER, "cw-101-post");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);
    private final WireMockServer proxy = startProxy();

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject LetterPost letterPost;
    @Inject LetterStorePort letters;
    @Inject DeliverOutboxUseCase delivery;
    @Inject OutboxDeliveries deliveries;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;
    @Inject OutboxTable outbox;
    @Inject MutableClock clock;
    @Inject JsonMapper json;
    int nextPerson;

    /** A letter waiting in the outbox, and the forløb and activity its delivery closes. */
    record Sent(UUID letterId, ForloebId forloebId, UUID activityId, Person recipient) {
    }

    @Override
    public Map<String, String> getProperties() {
        return digitalPostProperties(false);
    }

    private Map<String, String> digitalPostProperties(boolean workerOn) {
        Map<String, String> properties = new HashMap<>();
        properties.put("sygesikring.digital-post.url", proxy.baseUrl());
        properties.put("sygesikring.digital-post.read-timeout", "500ms");
        properties.put("sygesikring.digital-post.retry.initial-wait", "10ms");
        properties.put("sygesikring.digital-post.circuit-breaker.wait-duration-in-open-state", "100ms");
        properties.put("sygesikring.outbox.enabled", String.valueOf(workerOn));
        properties.put("sygesikring.outbox.poll-interval", "50ms");
        properties.put("sygesikring.outbox.initial-delay", "0s");
        return properties;
    }

    @AfterAll
    void stop() {
        proxy.stop();
        digitalPost.close();
    }

    @BeforeEach
    void reset() {
        proxy.resetAll();
        proxy.stubFor(WireMock.any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(digitalPost.baseUrl())));
    }

    @Test
    @DisplayName("LET-5 LET-6 a delivered letter closes its activity and completes the forløb; Digital Post holds the stored PDF once")
    void LET5_LET6_a_delivered_letter_closes_its_activity_and_completes_the_forloeb() {
        Sent sent = sendLetter(newAdult());

        deliver(List.of(sent));

        OutboxTable.Row row = outbox.find(sent.letterId()).orElseThrow();
        assertThat(row.kind()).isEqualTo("DIGITAL_POST_LETTER");
        assertThat(row.state()).isEqualTo("CONFIRMED");
        assertThat(row.receipt()).as("Digital Post's delivery id").isNotBlank();
        assertThat(row.closedAt()).isNotNull();
        api().get("/forloeb/{id}", sent.forloebId().toString()).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("activities[0].type", equalTo("SEND_LETTER"))
                .body("activities[0].state", equalTo("DONE"))
                .body("activities[0].note", equalTo("Sendt med Digital Post (" + row.receipt() + ")"))
                .body("activities[0].closedBy.kind", equalTo("SYSTEM"))
                .body("activities[0].closedBy.id", equalTo("Digital Post"));

        List<Map<String, Object>> held = messagesTo(sent.recipient());
        assertThat(held).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("idempotencyKey", sent.letterId().toString())
                    .containsEntry("deliveryId", row.receipt())
                    .containsEntry("title", "Kvittering for dit lægevalg")
                    .containsEntry("forloebId", sent.forloebId().toString())
                    .containsEntry("pages", 1);
            assertThat((String) message.get("text")).contains("22. november 2026", "Kvittering for dit lægevalg",
                    "Kære " + sent.recipient().name(), "Lægehuset Kastanievej", "Københavns Kommune");
        });
        assertThat(documentHeldBy(row.receipt())).as("the PDF Digital Post holds is the one stored")
                .isEqualTo(transactions.inTransaction(() -> letters.document(sent.letterId())).orElseThrow());
    }

    @Test
    @DisplayName("INT-5 LET-5 Digital Post down (5xx, resets, slow answers) during 50 letters, then back: each delivered exactly once, no activity left open")
    void INT5_LET5_an_outage_loses_no_letter_and_delivers_none_twice() {
        proxy.stubFor(post(urlEqualTo(MESSAGES)).atPriority(1).willReturn(aResponse().withStatus(503)));
        List<Sent> letters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            letters.add(sendLetter(newAdult()));
            if (i == 16) {
                proxy.stubFor(post(urlEqualTo(MESSAGES)).atPriority(1)
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
                sleep(Duration.ofMillis(150)); // past the open circuit: the next letter meets the new fault
            }
            if (i == 33) {
                // Digital Post delivers, but its answer comes after the read timeout
                proxy.stubFor(post(urlEqualTo(MESSAGES)).atPriority(1)
                        .willReturn(aResponse().proxiedFrom(digitalPost.baseUrl()).withFixedDelay(1_000)));
                sleep(Duration.ofMillis(150));
            }
            delivery.deliverDue(5);
        }
        assertThat(letters).as("nothing is delivered while Digital Post is down")
                .allSatisfy(sent -> assertThat(outbox.find(sent.letterId()).orElseThrow().isPending()).isTrue());
        List<ServeEvent> outage = ownPosts(letters);
        assertThat(outage).as("answered 503").anyMatch(event -> event.getResponse().getStatus() == 503);
        assertThat(outage).as("connection reset").anyMatch(event -> event.getResponseDefinition().getFault() != null);
        assertThat(outage).as("answered too late").anyMatch(event -> event.getResponseDefinition().getFixedDelayMilliseconds() != null);
        int heldBeforeRecovery = letters.stream().mapToInt(sent -> messagesTo(sent.recipient()).size()).sum();
        assertThat(heldBeforeRecovery).as("late answers: Digital Post delivered, the service does not know yet").isPositive();

        proxy.resetAll();
        proxy.stubFor(WireMock.any(anyUrl()).willReturn(aResponse().proxiedFrom(digitalPost.baseUrl())));
        clock.advance(Duration.ofMinutes(10)); // past every back-off
        sleep(Duration.ofMillis(200)); // past the circuit breaker's open state
        deliveries.deliverForMovingTime(forloebOf(letters));

        assertThat(ownPosts(letters)).as("a late-answered letter sent again gets its first delivery back")
                .filteredOn(event -> event.getResponse().getStatus() == 200).hasSizeGreaterThanOrEqualTo(heldBeforeRecovery);
        for (Sent sent : letters) {
            Forloeb after = forloeb.load(sent.forloebId()).orElseThrow();
            assertThat(after.status().name()).isEqualTo("COMPLETED");
            assertThat(after.activities()).singleElement().satisfies(activity -> assertThat(activity.state()).isEqualTo(ActivityState.DONE));
            assertThat(messagesTo(sent.recipient())).as("letters to %s held by Digital Post", sent.recipient().cpr())
                    .singleElement().satisfies(message -> assertThat(message)
                            .containsEntry("idempotencyKey", sent.letterId().toString())
                            .containsEntry("deliveryId", outbox.find(sent.letterId()).orElseThrow().receipt()));
        }
    }

    @Test
    @DisplayName("LET-4 where the municipality has no remote print supplier: a child under 15 (never asked at Digital Post) and an adult not enrolled each get a caseworker's task to send the letter physically, due the configured days after today")
    void LET4_without_a_print_supplier_a_physical_letter_becomes_a_manual_task() {
        Person child = newChild();
        Person listed = newAdult();
        assertThat(RestAssured.given().baseUri(digitalPost.baseUrl()).put("/simulator/not-enrolled/{cpr}", listed.cpr().value())
                .statusCode()).isEqualTo(204);
        Sent toChild = sendLetter(child);
        Sent toListed = sendLetter(listed);
        List<Sent> sent = List.of(toChild, toListed);

        deliver(List.of(toListed));

        String childWhy = "Modtageren er under 15 år og har ikke Digital Post: brevet sendes med fysisk post"
                + "; kommunen har ingen fjernprintleverandør, så sagsbehandleren sender brevet";
        String notEnrolledWhy = "Modtageren har ikke Digital Post: brevet skal sendes fysisk"
                + "; kommunen har ingen fjernprintleverandør, så sagsbehandleren sender brevet";
        assertTask(toChild, Creator.system("Breve"), childWhy);
        assertTask(toListed, Creator.system("Digital Post"), notEnrolledWhy);
        assertThat(outbox.find(toChild.letterId())).as("nothing to send for the child").isEmpty();
        OutboxTable.Row row = outbox.find(toListed.letterId()).orElseThrow();
        assertThat(row.state()).isEqualTo("REFUSED");
        assertThat(row.closedAt()).isNotNull();
        assertThat(row.receipt()).isNull();
        for (Sent letter : sent) {
            assertThat(transactions.inTransaction(() -> letters.load(letter.letterId())).orElseThrow().status().name())
                    .isEqualTo("FAILED");
            assertThat(transactions.inTransaction(() -> letters.document(letter.letterId()))).as("kept to be printed and sent")
                    .hasValueSatisfying(pdf -> assertThat(pdf).isNotEmpty());
            assertThat(messagesTo(letter.recipient())).isEmpty();
        }
        // not enrolled is an answer, not an outage: the record is closed on it; a first answer slower than the read
        // timeout may have been asked again with the same key (see the two-instance test), so "at least once"
        assertThat(attemptsPerKey(sent)).as("the adult asked at Digital Post, the child not at all")
                .containsOnlyKeys(toListed.letterId().toString());
    }

    private void assertTask(Sent sent, Creator closedBy, String why) {
        Forloeb after = forloeb.load(sent.forloebId()).orElseThrow();
        assertThat(after.isInProgress()).isTrue();
        assertThat(after.activities()).satisfiesExactly(
                letter -> {
                    assertThat(letter.type()).isEqualTo(ActivityType.SEND_LETTER);
                    assertThat(letter.state()).isEqualTo(ActivityState.FAILED);
                    assertThat(letter.closedBy()).isEqualTo(closedBy);
                    assertThat(letter.note()).isEqualTo(why);
                },
                task -> {
                    assertThat(task.type()).isEqualTo(ActivityType.MANUAL_TASK);
                    assertThat(task.isOpen()).isTrue();
                    assertThat(task.note()).isEqualTo(why);
                    assertThat(task.deadline()).as("TASK-4: the configured deadline of LETTER_NOT_DELIVERED")
                            .isEqualTo(dayOf(task).plusDays(configuredLetterDeadlineDays()));
                });
    }

    @Test
    @DisplayName("LET-5 a letter Digital Post rejects: the activity fails and the caseworker's task says why, due the days the configuration gives LETTER_NOT_DELIVERED after today")
    void LET5_a_rejected_letter_becomes_a_manual_task_saying_why() {
        proxy.stubFor(post(urlEqualTo(MESSAGES)).atPriority(1).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reason\": \"INVALID_DOCUMENT\", \"message\": \"the document is not a readable PDF\"}")));
        Sent sent = sendLetter(newAdult());
        GlobalConfigurationBodies global = new GlobalConfigurationBodies(api(operator()).get("/configuration/global")
                .then().statusCode(200).extract().asString(), json);
        // a number no default has, so that the deadline can only have come from the configuration
        api(operator()).contentType("application/json")
                .body(global.with(body -> object(body, "taskDeadlineDays").put("LETTER_NOT_DELIVERED", 5)))
                .put("/configuration/global").then().statusCode(200);
        try {
            deliver(List.of(sent));
        } finally {
            // the database is shared with every other test class: the configuration goes back as it was found
            api(operator()).contentType("application/json").body(global.original()).put("/configuration/global")
                    .then().statusCode(200);
        }

        Forloeb after = forloeb.load(sent.forloebId()).orElseThrow();
        String why = "Digital Post afviste brevet: INVALID_DOCUMENT: the document is not a readable PDF";
        assertThat(after.activities()).extracting(Activity::type, Activity::state, Activity::note).containsExactly(
                tuple(ActivityType.SEND_LETTER, ActivityState.FAILED, why),
                tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN, why));
        Activity task = after.activities().get(1);
        assertThat(task.deadline()).as("TASK-4: the task is due 5 days after the day it was made")
                .isEqualTo(dayOf(task).plusDays(5));
        assertThat(outbox.find(sent.letterId()).orElseThrow().state()).isEqualTo("REFUSED");
        assertThat(outbox.find(sent.letterId()).orElseThrow().lastError()).isEqualTo(why);
    }

    @Test
    @DisplayName("FORL-4 LET-5 a letter is stored with its forløb or not at all: a rolled-back transaction leaves no letter")
    void FORL4_a_rolled_back_transaction_leaves_no_letter() {
        Person recipient = newAdult();
        List<UUID> enqueued = new ArrayList<>();
        Forloeb[] started = new Forloeb[1];

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            started[0] = startForloebWithLetterActivity(recipient);
            forloeb.save(started[0]);
            LetterPost.Posted posted = letterPost.post(started[0], letterActivity(started[0]).id(), draftTo(recipient),
                    clock.instant());
            enqueued.add(posted.letterId().orElseThrow());
            throw new IllegalStateException("the use case fails after enqueueing");
        })).hasMessage("the use case fails after enqueueing");

        assertThat(enqueued).hasSize(1);
        assertThat(outbox.find(enqueued.getFirst())).isEmpty();
        assertThat(transactions.inTransaction(() -> letters.load(enqueued.getFirst()))).isEmpty();
        assertThat(forloeb.load(started[0].id())).isEmpty();
        delivery.deliverDue(100);
        assertThat(messagesTo(recipient)).isEmpty();
    }

    @Test
    @DisplayName("LET-5 a letter whose forløb was cancelled before delivery is withdrawn, not sent")
    void LET5_a_letter_of_a_cancelled_forloeb_is_withdrawn() {
        Sent sent = sendLetter(newAdult());
        transactions.inTransaction(() -> {
            Forloeb waiting = forloeb.loadForUpdate(sent.forloebId()).orElseThrow();
            forloeb.save(((Outcome.Success<Forloeb>) waiting.cancel(CASEWORKER, clock.instant())).value());
            return null;
        });

        deliver(List.of(sent));

        assertThat(outbox.find(sent.letterId()).orElseThrow().state()).isEqualTo("WITHDRAWN");
        assertThat(outbox.find(sent.letterId()).orElseThrow().lastError()).startsWith("Tilbagekaldt");
        assertThat(attemptsPerKey(List.of(sent))).isEmpty();
        assertThat(forloeb.load(sent.forloebId()).orElseThrow().status().name()).isEqualTo("CANCELLED");
    }

    /**
     * Promised: each letter is delivered at least once and Digital Post holds it once, by its idempotency key. Not
     * promised: one POST per key. An answer later than the read timeout (500 ms here) makes the adapter's retry, or a
     * later attempt, send the letter again with the same key, and Digital Post answers with its first delivery. Two
     * instances never send one record at the same time: the claim holds its row lock until the answer is stored.
     */
    @Test
    @DisplayName("LET-5 two service instances with their outbox workers: every letter delivered, and Digital Post holds each once")
    void LET5_two_instances_deliver_each_letter_once() {
        List<Sent> letters = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            letters.add(sendLetter(newAdult()));
        }
        try (ApplicationContext first = anotherInstance();
             ApplicationContext second = anotherInstance()) {
            awaitCompleted(letters, first.getBean(ForloebStorePort.class));
        }
        Map<String, Long> attempts = attemptsPerKey(letters);
        assertThat(attempts).as("POSTs per idempotency key: at least one each").hasSize(40)
                .allSatisfy((key, posts) -> assertThat(posts).isPositive());
        for (Sent sent : letters) {
            OutboxTable.Row row = outbox.find(sent.letterId()).orElseThrow();
            assertThat(row.state()).isEqualTo("CONFIRMED");
            assertThat(messagesTo(sent.recipient())).as("letters to %s held by Digital Post", sent.recipient().cpr())
                    .singleElement().satisfies(message -> assertThat(message)
                            .containsEntry("idempotencyKey", sent.letterId().toString())
                            .containsEntry("deliveryId", row.receipt()));
        }
    }

    /** Stores a forløb with an open SEND_LETTER activity and its letter in one transaction, as a use case would. */
    private Sent sendLetter(Person recipient) {
        return transactions.inTransaction(() -> {
            Forloeb started = startForloebWithLetterActivity(recipient);
            UUID activityId = letterActivity(started).id();
            LetterPost.Posted posted = letterPost.post(started, activityId, draftTo(recipient), clock.instant());
            forloeb.save(posted.forloeb());
            return new Sent(posted.letterId().orElseThrow(), started.id(), activityId, recipient);
        });
    }

    private Forloeb startForloebWithLetterActivity(Person recipient) {
        return Forloeb.start(ForloebType.AD_HOC, MunicipalityCode.of("101"), CASEWORKER, recipient.cpr(), List.of(),
                        clock.instant(), null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, clock.instant(), null, "Kvittering til borgeren"));
    }

    private static Activity letterActivity(Forloeb forloeb) {
        return forloeb.openActivity(ActivityType.SEND_LETTER).orElseThrow();
    }

    private static LetterDraft draftTo(Person recipient) {
        return LetterDraft.toPerson(LetterKind.AD_HOC, recipient.cpr(), List.of(recipient.cpr()), letterTo(recipient));
    }

    private static LetterText letterTo(Person recipient) {
        return new LetterText("Kvittering for dit lægevalg", TODAY, List.of(
                "Kære " + recipient.name(),
                "Du har valgt læge 050208, Lægehuset Kastanievej, fra 1. december 2026.",
                "Med venlig hilsen\nKøbenhavns Kommune"));
    }

    /** Another instance of the service on the same database, its outbox worker running. */
    private ApplicationContext anotherInstance() {
        ApplicationContext instance = ApplicationContext.run(new HashMap<String, Object>(digitalPostProperties(true)), "test");
        instance.getBean(MutableClock.class).set(clock.instant()); // the same "now" as this instance
        return instance;
    }

    /** Runs the delivery loop until these letters have Digital Post's answer. */
    private void deliver(List<Sent> letters) {
        deliveries.deliverFor(forloebOf(letters));
    }

    private static List<UUID> forloebOf(List<Sent> letters) {
        return letters.stream().map(sent -> sent.forloebId().value()).toList();
    }

    private void awaitCompleted(List<Sent> letters, ForloebStorePort store) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (letters.stream().map(sent -> store.load(sent.forloebId()).orElseThrow()).anyMatch(Forloeb::isInProgress)) {
            assertThat(System.nanoTime()).as("every forløb completed within 60 s").isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    /** What Digital Post itself holds for the person, read from the simulator over HTTP. */
    private List<Map<String, Object>> messagesTo(Person recipient) {
        JsonPath messages = RestAssured.given().baseUri(digitalPost.baseUrl()).queryParam("recipient", recipient.cpr().value())
                .get(MESSAGES).then().statusCode(200).extract().jsonPath();
        return messages.getList("$");
    }

    private byte[] documentHeldBy(String deliveryId) {
        return RestAssured.given().baseUri(digitalPost.baseUrl()).get(MESSAGES + "/{id}/document", deliveryId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    /** POSTs per idempotency key of these letters only: the proxy also sees what other test classes left. */
    private Map<String, Long> attemptsPerKey(List<Sent> letters) {
        return ownPosts(letters).stream()
                .collect(Collectors.groupingBy(event -> event.getRequest().getHeader("Idempotency-Key"), Collectors.counting()));
    }

    private List<ServeEvent> ownPosts(List<Sent> letters) {
        Set<String> keys = letters.stream().map(sent -> sent.letterId().toString()).collect(Collectors.toSet());
        return proxy.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .filter(event -> keys.contains(event.getRequest().getHeader("Idempotency-Key")))
                .toList();
    }

    private RequestSpecification api() {
        return api(tokens.caseworker("101", "cw-101-post"));
    }

    private RequestSpecification api(String token) {
        return new ApiClient(server).as(token);
    }

    private String operator() {
        return tokens.token("national-operator-digital-post-test", "SYSTEM", Map.of());
    }

    /** The days the global configuration gives a caseworker for a letter that could not be delivered (TASK-4). */
    private int configuredLetterDeadlineDays() {
        return api(operator()).get("/configuration/global").then().statusCode(200)
                .extract().jsonPath().getInt("taskDeadlineDays.LETTER_NOT_DELIVERED");
    }

    /** The Danish day the activity was made on. */
    private static LocalDate dayOf(Activity activity) {
        return LocalDate.ofInstant(activity.createdAt(), COPENHAGEN);
    }

    private Person newAdult() {
        int n = nextPerson++;
        return newPerson(bornYearsAgo(20 + n % 60, 100 + n), n);
    }

    private Person newChild() {
        int n = nextPerson++;
        return newPerson(bornYearsAgo(10, 100 + n), n);
    }

    private Person newPerson(LocalDate birthDate, int n) {
        Person person = person(TestCprs.cpr(birthDate, SERIES + n / 300, n % 2 == 0 ? Gender.MALE : Gender.FEMALE),
                "Post Person " + n, address("addr-post-" + n));
        persons.store(person);
        return person;
    }

    private static WireMockServer startProxy() {
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
