package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import dk.sygesikring.application.doctorchoice.AssignDoctorUseCase;
import dk.sygesikring.application.doctorchoice.MoveEventUseCase;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Doctor choices over HTTP, from the request to LUNA. The persons live in Aabenraa (580) at 55.04 N, 9.42 E, a
 * place no other test uses; the practices lie east of them. Their provider numbers are taken from the demo
 * population, so that the LUNA simulator knows them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoctorChoiceApiTest implements TestPropertyProvider {

    private static final int SERIES = 80;
    private static final double LATITUDE = 55.04;
    private static final double LONGITUDE = 9.42;
    private static final double KM_PER_DEGREE_LONGITUDE = 111.2 * Math.cos(Math.toRadians(LATITUDE));
    private static final String AABENRAA = "580";

    private final DemoPopulation population = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private final LunaSimulator luna = LunaSimulator.start(population, 0);
    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);
    private final List<String> numbers = population.practitioners().stream()
            .filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
            .skip(200).limit(8).map(practitioner -> practitioner.providerNumber().value()).toList();
    private final String open = numbers.get(0);
    private final String openToo = numbers.get(1);
    private final String closed = numbers.get(2);
    private final String almostFull = numbers.get(3);
    private final String island = numbers.get(4);
    private final String closedForMoves = numbers.get(5);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject DoctorChoiceStorePort choices;
    @Inject ForloebStorePort forloeb;
    @Inject OutboxDeliveries deliveries;
    @Inject MoveEventUseCase moveEvents;
    @Inject AssignDoctorUseCase assignment;
    @Inject TransactionPort transactions;
    ApiClient api;
    int nextPerson;

    final Address home = new Address("Storegade", "1", null, null, "6200", "Aabenraa", "0303", MunicipalityCode.of(AABENRAA),
            "addr-doctor-choice-home", new Coordinates(LATITUDE, LONGITUDE));
    final Person mother = TestPersons.person(TestCprs.cpr(bornYearsAgo(36, 1), SERIES, Gender.FEMALE), "Mette Lægevalg", home);
    final Person son = TestPersons.person(TestCprs.cpr(bornYearsAgo(9, 1), SERIES, Gender.MALE), "Malte Lægevalg", home);

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.luna.url", luna.baseUrl(),
                "sygesikring.luna.retry.initial-wait", "10ms",
                "sygesikring.digital-post.url", digitalPost.baseUrl());
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(mother, List.of(Relation.custody(mother.cpr(), son.cpr())), List.of(son));
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(
                    practice(open, "Åben Aabenraa", 2.0, PractitionerKind.REGULAR, true, 2000, 1800),
                    practice(openToo, "Også åben Aabenraa", 3.0, PractitionerKind.REGULAR, true, 2000, 1800),
                    practice(closed, "Lukket Aabenraa", 4.0, PractitionerKind.REGULAR, false, 2000, 1800),
                    practice(almostFull, "Næsten fuld Aabenraa", 5.0, PractitionerKind.REGULAR, true, 1002, 1001),
                    practice(island, "Bosat på ø uden læge (Aabenraa)", 6.0, PractitionerKind.ISLAND, true, 2000, 1800),
                    practice(closedForMoves, "Lukket ved Haderslev", 7.0, PractitionerKind.REGULAR, false, 2000, 1800)));
            return null;
        });
    }

    @AfterAll
    void stop() {
        luna.close();
        digitalPost.close();
    }

    @Test
    @DisplayName("PER-6 ROLE-3 DOC-11 a mother chooses an open doctor for herself and her son: one forløb, her as creator, each person's consent")
    void PER6_ROLE3_a_family_choice() {
        JsonPath choice = choose(tokens.citizen(mother.cpr().value()), """
                {"persons":[{"cpr":"%s","consent":"YES"},{"cpr":"%s","consent":"DONT_KNOW"}],
                 "providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(mother.cpr().value(), son.cpr().value(), open, TODAY), 202);

        assertThat(choice.getString("state")).isEqualTo("AWAITING_LUNA");
        assertThat(choice.getString("municipalityCode")).isEqualTo(AABENRAA);
        assertThat(choice.getList("persons.cpr")).containsExactly(mother.cpr().value(), son.cpr().value());
        assertThat(choice.getString("persons[1].consent")).isEqualTo("DONT_KNOW");
        assertThat(choice.getString("persons[1].consentSettleBy")).isEqualTo(TODAY.plusDays(8).toString());
        assertThat(choice.getString("persons[0].rule")).isEqualTo("DOC-2");
        assertThat(choice.getString("forloeb.type")).isEqualTo("DOCTOR_CHOICE");
        assertThat(choice.getString("forloeb.createdBy.kind")).isEqualTo("CITIZEN");
        assertThat(choice.getString("forloeb.createdBy.id")).isEqualTo(mother.cpr().value());
        assertThat(choice.getList("forloeb.involvedPersons")).containsExactly(mother.cpr().value(), son.cpr().value());
        assertThat(choice.getList("forloeb.activities.type")).containsExactly("AWAIT_CONSENT", "AWAIT_LUNA");
        assertThat(choice.getString("forloeb.activities[0].deadline")).isEqualTo(TODAY.plusDays(8).toString());
    }

    @Test
    @DisplayName("FORL-4 DOC-7 LUNA confirms every person: the choice takes effect, the card order is due work and the receipt letter is sent")
    void FORL4_luna_confirms_and_the_choice_takes_effect() {
        Person adult = adultAtHome();
        String forloebId = choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, openToo, TODAY), 202)
                .getString("forloebId");

        deliveries.deliverFor(forloebId);

        JsonPath inEffect = read(forloebId);
        assertThat(inEffect.getString("state")).isEqualTo("IN_EFFECT");
        assertThat(inEffect.getString("decidedAt")).isNotNull();
        assertThat(inEffect.getList("forloeb.activities.type")).containsExactly("AWAIT_LUNA", "ORDER_CARD", "SEND_LETTER");
        assertThat(inEffect.getList("forloeb.activities.state")).as("the receipt delivered to the Digital Post simulator")
                .containsExactly("DONE", "OPEN", "DONE");
        assertThat(io.restassured.RestAssured.given().baseUri(luna.baseUrl()).queryParam("cpr", adult.cpr().value())
                .get("/luna/registrations").then().statusCode(200).extract().jsonPath().getList("$")).hasSize(1);
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).get("/persons/{cpr}/doctor-choice-history?view=current", adult.cpr().value())
                .then().statusCode(200).body("rows[0].providerNumber", equalTo(openToo));

        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).post("/forloeb/{id}/cancel", forloebId)
                .then().statusCode(409).body("rule", equalTo("FORL-3")).body("type", equalTo("urn:sygesikring:problem:doctor-choice-in-effect"));
    }

    @Test
    @DisplayName("DOC-12 each person, children included, gets their own card order: a mother and two children, three")
    void DOC12_a_card_order_per_person() {
        Person mum = adultAtHome();
        Person first = TestPersons.person(TestCprs.cpr(bornYearsAgo(7, 3), SERIES, Gender.FEMALE), "Første Barn", home);
        Person second = TestPersons.person(TestCprs.cpr(bornYearsAgo(4, 3), SERIES, Gender.MALE), "Andet Barn", home);
        persons.store(mum, List.of(Relation.custody(mum.cpr(), first.cpr()), Relation.custody(mum.cpr(), second.cpr())),
                List.of(first, second));
        String forloebId = choose(tokens.citizen(mum.cpr().value()), """
                {"persons":[{"cpr":"%s","consent":"YES"},{"cpr":"%s","consent":"YES"},{"cpr":"%s","consent":"YES"}],
                 "providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(mum.cpr().value(), first.cpr().value(), second.cpr().value(), openToo, TODAY), 202)
                .getString("forloebId");
        deliveries.deliverFor(forloebId);

        JsonPath inEffect = read(forloebId);
        assertThat(inEffect.getString("state")).isEqualTo("IN_EFFECT");
        assertThat(inEffect.getList("forloeb.activities.findAll { it.type == 'ORDER_CARD' }.note"))
                .containsExactly("Sundhedskort bestilles for " + mum.cpr().value() + ": Lægeskift",
                        "Sundhedskort bestilles for " + first.cpr().value() + ": Lægeskift",
                        "Sundhedskort bestilles for " + second.cpr().value() + ": Lægeskift");
        // each person's own card, with its own fee: a choice of one's own is charged (CARD-3)
        for (Person person : List.of(mum, first, second)) {
            JsonPath cards = api.as(tokens.citizen(mum.cpr().value())).get("/persons/{cpr}/card-orders", person.cpr().value())
                    .then().statusCode(200).extract().jsonPath();
            assertThat(cards.getList("forloebId")).containsExactly(forloebId);
            assertThat(cards.getString("[0].reason")).isEqualTo("DOCTOR_CHANGE");
            assertThat(cards.getString("[0].fee.decision")).isEqualTo("CHARGED");
            assertThat(cards.getString("[0].card.providerNumber")).isEqualTo(openToo);
        }
        assertThat(inEffect.getList("forloeb.activities.findAll { it.type == 'SEND_LETTER' }")).hasSize(1);
    }

    @Test
    @DisplayName("DOC-5 a choice made by a person records consent: without one it is refused")
    void DOC5_consent_is_required() {
        Person adult = adultAtHome();
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json")
                .body("""
                        {"persons":[{"cpr":"%s"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                        .formatted(adult.cpr().value(), open, TODAY))
                .post("/doctor-choices").then().statusCode(422).body("rule", equalTo("DOC-5"));
        assertThat(choices.pendingFor(List.of(adult.cpr()))).isEmpty();
    }

    @Test
    @DisplayName("DOC-5 don't know is settled to yes within 8 days; the forløb stops waiting for it")
    void DOC5_settle_dont_know() {
        Person adult = adultAtHome();
        String forloebId = choose(tokens.citizen(adult.cpr().value()), """
                {"persons":[{"cpr":"%s","consent":"DONT_KNOW"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(adult.cpr().value(), closed, TODAY), 202).getString("forloebId");

        api.as(tokens.citizen(adult.cpr().value())).contentType("application/json").body("{\"answer\":\"YES\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", forloebId, adult.cpr().value())
                .then().statusCode(200)
                .body("persons[0].consent", equalTo("YES"))
                .body("forloeb.activities.find { it.type == 'AWAIT_CONSENT' }.state", equalTo("DONE"))
                .body("forloeb.details.findAll { it.name == 'samtykke' && it.cpr == '%s' }.value".formatted(adult.cpr().value()),
                        equalTo(List.of("DONT_KNOW", "YES")));
        api.as(tokens.citizen(adult.cpr().value())).contentType("application/json").body("{\"answer\":\"NO\"}")
                .put("/doctor-choices/{id}/consents/{cpr}", forloebId, adult.cpr().value())
                .then().statusCode(409).body("rule", equalTo("DOC-5"));
    }

    @Test
    @DisplayName("DOC-3 DOC-4 a closed doctor waits 14 days for the doctor's answer; approval sends it to LUNA and the forløb shows who decided")
    void DOC4_dispensation_approved() {
        Person adult = adultAtHome();
        JsonPath waiting = choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, closed, TODAY), 202);
        assertThat(waiting.getString("state")).isEqualTo("AWAITING_DISPENSATION");
        assertThat(waiting.getString("dispensationAnswerBy")).isEqualTo(TODAY.plusDays(14).toString());
        assertThat(waiting.getString("persons[0].availability")).isEqualTo("NEEDS_DISPENSATION");
        assertThat(waiting.getList("forloeb.activities.type")).containsExactly("SEND_DISPENSATION_APPLICATION", "AWAIT_DISPENSATION");

        deliveries.deliverFor(waiting.getString("forloebId"));
        assertThat(read(waiting.getString("forloebId")).getString(
                "forloeb.activities.find { it.type == 'SEND_DISPENSATION_APPLICATION' }.state")).isEqualTo("DONE");
        assertThat(messagesTo(closed)).filteredOn(message -> waiting.getString("forloebId").equals(message.get("forloebId")))
                .singleElement().satisfies(message -> {
                    assertThat(message).containsEntry("title", "Ansøgning om dispensation til tilgang af patient");
                    assertThat((String) message.get("text")).contains(adult.cpr().value(), closed,
                            TODAY.plusDays(14).toString(), "22. november 2026");
                });

        api.as(tokens.system()).contentType("application/json").body("{\"approved\":true,\"note\":\"Læge Hansen\"}")
                .post("/doctor-choices/{id}/dispensation-answer", waiting.getString("forloebId"))
                .then().statusCode(200)
                .body("state", equalTo("AWAITING_LUNA"))
                .body("forloeb.activities.find { it.type == 'AWAIT_DISPENSATION' }.state", equalTo("DONE"))
                .body("forloeb.activities.find { it.type == 'AWAIT_DISPENSATION' }.closedBy.kind", equalTo("SYSTEM"))
                .body("forloeb.activities.find { it.type == 'AWAIT_DISPENSATION' }.note", containsString("Læge Hansen"))
                .body("forloeb.activities.type", hasItem("AWAIT_LUNA"));
        api.as(tokens.system()).contentType("application/json").body("{\"approved\":false}")
                .post("/doctor-choices/{id}/dispensation-answer", waiting.getString("forloebId"))
                .then().statusCode(409).body("rule", equalTo("DOC-4"));
    }

    @Test
    @DisplayName("DOC-4 DOC-7 a rejected dispensation ends the choice, gives its place back and starts the rejection-letter forløb")
    void DOC4_dispensation_rejected() {
        Person adult = adultAtHome();
        String forloebId = choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, closed, TODAY), 202)
                .getString("forloebId");
        int reservedBefore = reservedAt(closed);

        api.as(tokens.caseworker(AABENRAA, "cw-580-2")).contentType("application/json").body("{\"approved\":false}")
                .post("/doctor-choices/{id}/dispensation-answer", forloebId)
                .then().statusCode(200)
                .body("state", equalTo("REJECTED"))
                .body("rejectedSilently", equalTo(false))
                .body("decidedBy.id", equalTo("cw-580-2"))
                .body("forloeb.status", equalTo("IN_PROGRESS")); // the application letter is still on its way

        assertThat(reservedAt(closed)).isEqualTo(reservedBefore - 1);
        Forloeb rejection = forloeb.latestFor(adult.cpr(), 5).stream()
                .filter(found -> found.type() == ForloebType.DISPENSATION_REJECTION).findFirst().orElseThrow();
        assertThat(rejection.triggeredBy().value().toString()).isEqualTo(forloebId);
        assertThat(rejection.activities()).extracting(activity -> activity.type().name()).containsExactly("SEND_LETTER");

        deliveries.deliverFor(forloebId, rejection.id().value().toString());
        assertThat(messagesTo(adult.cpr().value())).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("title", "Afslag på lægevalg")
                    .containsEntry("forloebId", rejection.id().value().toString());
            assertThat((String) message.get("text")).contains("lægen har afvist ansøgningen om dispensation");
        });
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).get("/forloeb/{id}", rejection.id().value().toString())
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).get("/forloeb/{id}", forloebId)
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    @DisplayName("DOC-4 a caseworker forces a closed doctor without dispensation; a citizen cannot")
    void DOC4_forced_choice() {
        Person adult = adultAtHome();
        String body = """
                {"persons":[{"cpr":"%s","consent":"NO"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN","force":true}"""
                .formatted(adult.cpr().value(), closed, TODAY);
        api.as(tokens.citizen(adult.cpr().value())).contentType("application/json").body(body).post("/doctor-choices")
                .then().statusCode(403).body("rule", equalTo("DOC-4"));

        JsonPath forced = choose(tokens.caseworker(AABENRAA, "cw-580-1"), body, 202);
        assertThat(forced.getString("state")).isEqualTo("AWAITING_LUNA");
        assertThat(forced.getBoolean("forced")).isTrue();
        assertThat(forced.getString("persons[0].rule")).isEqualTo("DOC-4");
        assertThat(forced.getList("forloeb.details.name")).contains("gennemtvunget");
    }

    @Test
    @DisplayName("DOC-16 while a choice is in progress in Aabenraa, København's caseworker is refused with the code 580")
    void DOC16_in_progress_elsewhere() {
        Person adult = adultAtHome();
        choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, closed, TODAY), 202);

        api.as(tokens.caseworker("101", "cw-101-1")).contentType("application/json").body(oneCaseworkerChoice(adult, open, TODAY))
                .post("/doctor-choices").then().statusCode(409)
                .body("rule", equalTo("DOC-16"))
                .body("detail", endsWith("municipality 580"));
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json").body(oneCaseworkerChoice(adult, open, TODAY))
                .post("/doctor-choices").then().statusCode(409)
                .body("type", equalTo("urn:sygesikring:problem:doctor-choice-in-progress"));
    }

    @Test
    @DisplayName("FORL-3 DOC-7 a choice awaiting dispensation can be cancelled: the place is given back and its deadlines end")
    void FORL3_cancel_while_awaiting_dispensation() {
        Person adult = adultAtHome();
        String forloebId = choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, closed, TODAY), 202)
                .getString("forloebId");
        int reservedBefore = reservedAt(closed);

        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).post("/forloeb/{id}/cancel", forloebId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).get("/doctor-choices/{id}", forloebId)
                .then().statusCode(200).body("state", equalTo("CANCELLED")).body("decidedBy.id", equalTo("cw-580-1"));
        assertThat(reservedAt(closed)).isEqualTo(reservedBefore - 1);
        choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, open, TODAY), 202);
    }

    @Test
    @DisplayName("DOC-6 a caseworker dates a choice at most 14 days back; one with special rights a year")
    void DOC6_retroactive_dates() {
        Person adult = adultAtHome();
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json")
                .body(oneCaseworkerChoice(adult, open, TODAY.minusDays(15))).post("/doctor-choices")
                .then().statusCode(422).body("rule", equalTo("DOC-6"));
        choose(tokens.specialCaseworker(AABENRAA, "cw-580-9"), oneCaseworkerChoice(adult, open, TODAY.minusDays(200)), 202);
    }

    @Test
    @DisplayName("DOC-1 only a caseworker with special rights assigns the island doctor")
    void DOC1_island_doctor() {
        Person adult = adultAtHome();
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json")
                .body(oneCaseworkerChoice(adult, island, TODAY)).post("/doctor-choices")
                .then().statusCode(403).body("rule", equalTo("DOC-1"));
        choose(tokens.specialCaseworker(AABENRAA, "cw-580-9"), oneCaseworkerChoice(adult, island, TODAY), 202);
    }

    @Test
    @DisplayName("DOC-7 each person takes a place at once: below the closing limit open, at it a dispensation, at capacity refused")
    void DOC7_places_are_reserved_at_once() {
        // 1000 registered patients, closing limit 1001, capacity 1002; other tests may hold none of its places
        Person first = adultAtHome();
        Person second = adultAtHome();
        Person third = adultAtHome();
        assertThat(choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(first, almostFull, TODAY), 202)
                .getString("state")).isEqualTo("AWAITING_LUNA");
        assertThat(choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(second, almostFull, TODAY), 202)
                .getString("state")).isEqualTo("AWAITING_DISPENSATION");
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json")
                .body(oneCaseworkerChoice(third, almostFull, TODAY)).post("/doctor-choices")
                .then().statusCode(409).body("rule", equalTo("DOC-7")).body("detail", containsString(third.cpr().value()));
    }

    @Test
    @DisplayName("GRP-6 a doctor can be chosen while a later change to group 2 is pending, not for a day in group 2")
    void GRP6_choice_before_a_pending_group_change() {
        Person adult = adultAtHome();
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.groupChange(adult.cpr(), Sikringsgruppe.GROUP_2, TODAY.plusDays(20),
                    Instant.parse("2026-11-01T10:00:00Z"), UUID.randomUUID(), null));
            return null;
        });
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json")
                .body(oneCaseworkerChoice(adult, open, TODAY.plusDays(25))).post("/doctor-choices")
                .then().statusCode(422).body("rule", equalTo("GRP-6"));
        choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, open, TODAY.plusDays(1)), 202);
    }

    @Test
    @DisplayName("GRP-7 DOC-13 a person entering group 1 without a doctor gets a missing-doctor-choice forløb")
    void GRP7_group_one_without_a_doctor() {
        Person adult = inGroupTwo();
        String change = changeToGroupOne(adult);
        deliveries.deliverFor(change);

        Forloeb missing = forloeb.latestFor(adult.cpr(), 5).stream()
                .filter(found -> found.type() == ForloebType.MISSING_DOCTOR_CHOICE).findFirst().orElseThrow();
        assertThat(missing.triggeredBy().value().toString()).isEqualTo(change);
        assertThat(missing.municipality().value()).isEqualTo(AABENRAA);
        assertThat(missing.openActivity(dk.sygesikring.domain.forloeb.ActivityType.MANUAL_TASK)).isPresent();
    }

    @Test
    @DisplayName("GRP-6 GRP-7 a doctor chosen with the change to group 1, before LUNA has it: no missing-doctor-choice forløb")
    void GRP6_GRP7_group_change_and_doctor_together() {
        Person adult = inGroupTwo();
        String change = changeToGroupOne(adult);
        String choice = choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, open, TODAY.plusDays(1)), 202)
                .getString("forloebId");
        deliveries.deliverFor(change, choice);

        assertThat(read(choice).getString("state")).isEqualTo("IN_EFFECT");
        assertThat(forloeb.latestFor(adult.cpr(), 5)).extracting(Forloeb::type).doesNotContain(ForloebType.MISSING_DOCTOR_CHOICE);
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).get("/persons/{cpr}/group", adult.cpr().value())
                .then().statusCode(200).body("upcoming.providerNumber", hasItem(open));
    }

    private Person inGroupTwo() {
        Person adult = adultAtHome();
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.groupChange(adult.cpr(), Sikringsgruppe.GROUP_2, TODAY.minusYears(1),
                    Instant.parse("2025-11-01T10:00:00Z"), UUID.randomUUID(), null));
            return null;
        });
        return adult;
    }

    private String changeToGroupOne(Person person) {
        return api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json")
                .body("{\"group\":1,\"validFrom\":\"" + TODAY.plusDays(1) + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(202).extract().path("id");
    }

    @Test
    @DisplayName("DOC-14 DOC-5 automatic assignment picks the nearest open doctor of the municipality, consent don't know, made by the system")
    void DOC14_automatic_assignment() {
        Person adult = adultAtHome();
        Forloeb assigned = assignment.assignAutomatically(adult.cpr(), ChoiceReason.AUTOMATIC_ASSIGNMENT, TODAY).orElseThrow();

        assertThat(assigned.type()).isEqualTo(ForloebType.DOCTOR_CHOICE);
        JsonPath choice = read(assigned.id().value().toString());
        assertThat(choice.getString("providerNumber")).isEqualTo(open);
        assertThat(choice.getString("reason")).isEqualTo("AUTOMATIC_ASSIGNMENT");
        assertThat(choice.getString("persons[0].consent")).isEqualTo("DONT_KNOW");
        assertThat(choice.getString("forloeb.createdBy.kind")).isEqualTo("SYSTEM");
    }

    @Test
    @DisplayName("PER-7 DOC-3 a child under 15 is assigned the custodian's doctor, closed or not, without dispensation")
    void PER7_a_child_gets_the_custodians_doctor() {
        Person parent = adultAtHome();
        Person child = TestPersons.person(TestCprs.cpr(bornYearsAgo(2, 5), SERIES, Gender.MALE), "Lille Lægevalg", home);
        persons.store(parent, List.of(Relation.custody(parent.cpr(), child.cpr())), List.of(child));
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(parent.cpr(), ProviderNumber.of(closed), TODAY.minusYears(3),
                    Instant.parse("2023-11-01T10:00:00Z"), UUID.randomUUID(), null));
            return null;
        });

        Forloeb assigned = assignment.assignAutomatically(child.cpr(), ChoiceReason.CPR_EVENT, TODAY).orElseThrow();

        JsonPath choice = read(assigned.id().value().toString());
        assertThat(choice.getString("providerNumber")).isEqualTo(closed);
        assertThat(choice.getString("state")).isEqualTo("AWAITING_LUNA");
        assertThat(choice.getString("persons[0].rule")).isEqualTo("DOC-3");
        assertThat(choice.getString("persons[0].reason")).isEqualTo("the doctor of a custodian or guardian");
    }

    @Test
    @DisplayName("DOC-14 DOC-15 no open doctor in the person's municipality (however near one elsewhere is): a caseworker's task")
    void DOC15_no_doctor_from_another_municipality() {
        Address acrossTheBorder = new Address("Grænsevej", "1", null, null, "6330", "Padborg", "0808",
                MunicipalityCode.of("550"), "addr-doctor-choice-padborg", new Coordinates(LATITUDE, LONGITUDE + 0.001));
        Person immigrant = TestPersons.person(TestCprs.cpr(bornYearsAgo(44, 9), SERIES, Gender.FEMALE), "Indvandret Lægevalg",
                acrossTheBorder);
        persons.store(immigrant);

        Forloeb task = assignment.assignAutomatically(immigrant.cpr(), ChoiceReason.CPR_EVENT, TODAY).orElseThrow();

        assertThat(task.type()).isEqualTo(ForloebType.MISSING_DOCTOR_CHOICE);
        assertThat(task.municipality().value()).isEqualTo("550");
        assertThat(task.openActivity(dk.sygesikring.domain.forloeb.ActivityType.MANUAL_TASK)).isPresent();
        assertThat(choices.pendingFor(List.of(immigrant.cpr()))).isEmpty();
    }

    @Test
    @DisplayName("DOC-8 DOC-9 a move choice belongs to the new municipality and waits for CPR's move event, then goes to LUNA")
    void DOC9_move_waits_for_the_move_event() {
        Person adult = adultAtHome();
        String body = """
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"MOVE",
                 "newAddress":{"street":"Torvet","houseNumber":"3","postcode":"6100","city":"Haderslev","roadCode":"0404",
                               "municipalityCode":"510","addressId":"addr-doctor-choice-haderslev","latitude":%s,"longitude":%s}}"""
                .formatted(adult.cpr().value(), open, TODAY.plusDays(10), LATITUDE, LONGITUDE + 1.0 / KM_PER_DEGREE_LONGITUDE);
        JsonPath moving = choose(tokens.caseworker("510", "cw-510-1"), body, 202);
        assertThat(moving.getString("state")).isEqualTo("AWAITING_MOVE_EVENT");
        assertThat(moving.getString("municipalityCode")).isEqualTo("510");
        assertThat(moving.getString("forloeb.municipalityCode")).isEqualTo("510");
        assertThat(moving.getList("forloeb.activities.type")).containsExactly("AWAIT_MOVE_EVENT");

        assertThat(moveEvents.moveEventArrived(adult.cpr())).hasSize(1);

        api.as(tokens.caseworker("510", "cw-510-1")).get("/doctor-choices/{id}", moving.getString("forloebId"))
                .then().statusCode(200).body("state", equalTo("AWAITING_LUNA"))
                .body("forloeb.activities.find { it.type == 'AWAIT_MOVE_EVENT' }.closedBy.id", equalTo("CPR"))
                .body("forloeb.activities.type", hasItems("AWAIT_MOVE_EVENT", "AWAIT_LUNA"));
        assertThat(moveEvents.moveEventArrived(adult.cpr())).isEmpty();
    }

    @Test
    @DisplayName("DOC-8 a move choice names the new address; other choices do not")
    void DOC8_new_address_only_for_moves() {
        Person adult = adultAtHome();
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json").body("""
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"MOVE"}"""
                .formatted(adult.cpr().value(), open, TODAY)).post("/doctor-choices")
                .then().statusCode(422).body("rule", equalTo("DOC-8"));
    }

    @Test
    @DisplayName("ROLE-2 another municipality's caseworker cannot read or answer the choice; ROLE-3 a citizen not for a stranger")
    void ROLE2_ROLE3_who_may() {
        Person adult = adultAtHome();
        Person stranger = adultAtHome();
        String forloebId = choose(tokens.caseworker(AABENRAA, "cw-580-1"), oneCaseworkerChoice(adult, closed, TODAY), 202)
                .getString("forloebId");
        api.as(tokens.caseworker("101", "cw-101-1")).get("/doctor-choices/{id}", forloebId)
                .then().statusCode(403).body("rule", equalTo("ROLE-2"));
        api.as(tokens.citizen(stranger.cpr().value())).contentType("application/json")
                .body(oneCaseworkerChoice(adult, open, TODAY)).post("/doctor-choices")
                .then().statusCode(403).body("rule", equalTo("ROLE-3"));
    }

    @Test
    @DisplayName("FORL-4 the same Idempotency-Key and body returns the first choice and makes nothing twice; another body is 422")
    void FORL4_idempotent_choice() {
        Person adult = adultAtHome();
        String key = UUID.randomUUID().toString();
        String first = api.as(tokens.caseworker(AABENRAA, "cw-580-1")).header("Idempotency-Key", key).contentType("application/json")
                .body(oneCaseworkerChoice(adult, closed, TODAY)).post("/doctor-choices")
                .then().statusCode(202).extract().path("forloebId");
        String again = api.as(tokens.caseworker(AABENRAA, "cw-580-1")).header("Idempotency-Key", key).contentType("application/json")
                .body(oneCaseworkerChoice(adult, closed, TODAY)).post("/doctor-choices")
                .then().statusCode(202).extract().path("forloebId");
        assertThat(again).isEqualTo(first);
        assertThat(choices.pendingFor(List.of(adult.cpr()))).hasSize(1);

        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).header("Idempotency-Key", key).contentType("application/json")
                .body(oneCaseworkerChoice(adult, open, TODAY)).post("/doctor-choices")
                .then().statusCode(422).body("type", equalTo("urn:sygesikring:problem:idempotency-key-reused"));
    }

    @Test
    @DisplayName("a bad doctor choice names what is wrong: an unknown provider number, a malformed CPR number")
    void bad_requests() {
        Person adult = adultAtHome();
        api.as(tokens.caseworker(AABENRAA, "cw-580-1")).contentType("application/json")
                .body(oneCaseworkerChoice(adult, "999999", TODAY)).post("/doctor-choices")
                .then().statusCode(422).body("type", equalTo("urn:sygesikring:problem:unknown-practitioner"));
        api.wrongRequest().header("Authorization", "Bearer " + tokens.caseworker(AABENRAA, "cw-580-1"))
                .contentType("application/json").body("""
                        {"persons":[{"cpr":"3213999999","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                        .formatted(open, TODAY)).post("/doctor-choices")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("persons[0].cpr"));
    }

    private JsonPath choose(String token, String body, int status) {
        return api.as(token).contentType("application/json").body(body).post("/doctor-choices")
                .then().statusCode(status).extract().jsonPath();
    }

    private List<Map<String, Object>> messagesTo(String recipient) {
        return io.restassured.RestAssured.given().baseUri(digitalPost.baseUrl()).queryParam("recipient", recipient)
                .get("/messages").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private JsonPath read(String forloebId) {
        return api.as(tokens.caseworker(AABENRAA, "cw-580-1")).get("/doctor-choices/{id}", forloebId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String oneCaseworkerChoice(Person person, String providerNumber, LocalDate validFrom) {
        return """
                {"persons":[{"cpr":"%s","consent":"YES"}],"providerNumber":"%s","validFrom":"%s","reason":"SELF_CHOSEN"}"""
                .formatted(person.cpr().value(), providerNumber, validFrom);
    }

    private int reservedAt(String providerNumber) {
        ProviderNumber number = ProviderNumber.of(providerNumber);
        return transactions.inTransaction(() -> choices.reservationsAt(Set.of(number)).countFor(number));
    }

    /** A new adult at the family's address, so that every test starts without a pending choice. */
    private Person adultAtHome() {
        nextPerson++;
        Person adult = TestPersons.person(TestCprs.cpr(bornYearsAgo(30 + nextPerson, 2), SERIES, Gender.MALE),
                "Voksen Lægevalg " + nextPerson, home);
        persons.store(adult);
        return adult;
    }

    private static Practitioner practice(String number, String name, double kilometresEast, PractitionerKind kind,
                                         boolean open, int capacity, int closingLimit) {
        Address address = new Address("Lægevej", number.substring(3), null, null, "6200", "Aabenraa", "0505",
                MunicipalityCode.of(AABENRAA), "addr-doctor-choice-" + number,
                new Coordinates(LATITUDE, LONGITUDE + kilometresEast / KM_PER_DEGREE_LONGITUDE));
        return new Practitioner(ProviderNumber.of(number), name, address, MunicipalityCode.of(AABENRAA), kind, open,
                capacity, closingLimit, 1000, Set.of());
    }
}
