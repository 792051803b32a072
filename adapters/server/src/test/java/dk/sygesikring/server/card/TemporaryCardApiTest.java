package dk.sygesikring.server.card;

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
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.OutboxTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Temporary cards over HTTP (CARD-4): a caseworker of Copenhagen (101) issues them for persons of Mariagerfjord (846),
 * and the Digital Post simulator takes the letters over real HTTP and reads each PDF. No other test uses 846.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemporaryCardApiTest implements TestPropertyProvider {

    private static final int SERIES = 64;
    private static final String MUNICIPALITY = "846";
    private static final String ISSUER = "101";
    private static final ProviderNumber DOCTOR = ProviderNumber.of("084641");
    private static final String PRACTICE = "Lægehuset i Hobro";
    private static final Set<String> LETTERS = Set.of("DIGITAL_POST_LETTER");
    private static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.of("da", "DK"));

    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);

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
        return Map.of("sygesikring.digital-post.url", digitalPost.baseUrl(),
                "sygesikring.digital-post.retry.initial-wait", "10ms",
                "sygesikring.digital-post.circuit-breaker.wait-duration-in-open-state", "100ms");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(new Practitioner(DOCTOR, PRACTICE, home("addr-temporary-doctor"),
                    MunicipalityCode.of(MUNICIPALITY), PractitionerKind.REGULAR, true, 2000, 1800, 1000, Set.of())));
            return null;
        });
    }

    @AfterAll
    void stop() {
        digitalPost.close();
    }

    @Test
    @DisplayName("CARD-4 a caseworker of Copenhagen issues a temporary card for a person of Mariagerfjord: 202 with a TEMPORARY_CARD forløb of Copenhagen, the card of today and its letter on the way to Digital Post; no card is ordered")
    void CARD4_issued_for_a_person_of_another_municipality() {
        Person person = insured();

        JsonPath issued = issue(caseworker(), person, UUID.randomUUID().toString());

        assertThat(issued.getString("forloeb.type")).isEqualTo("TEMPORARY_CARD");
        assertThat(issued.getString("forloeb.municipalityCode")).isEqualTo(ISSUER);
        assertThat(issued.getString("forloeb.mainPerson")).isEqualTo(person.cpr().value());
        assertThat(issued.getString("forloeb.status")).isEqualTo("IN_PROGRESS");
        assertThat(issued.getList("forloeb.activities.type")).containsExactly("SEND_LETTER");
        assertThat(issued.getString("card.name")).isEqualTo(person.name());
        assertThat(issued.getString("card.address")).isEqualTo(person.address().display());
        assertThat(issued.getInt("card.group")).isEqualTo(1);
        assertThat(issued.getString("card.providerNumber")).isEqualTo(DOCTOR.value());
        assertThat(issued.getString("card.practiceName")).isEqualTo(PRACTICE);
        assertThat(issued.getString("card.practiceAddress")).isEqualTo(home("addr-temporary-doctor").display());
        assertThat(issued.getString("card.validFrom")).isEqualTo(today().toString());
        assertThat(issued.getString("digitalPost")).isEqualTo("SENDING");

        UUID forloebId = UUID.fromString(issued.getString("forloeb.id"));
        assertThat(outbox.ofForloeb(List.of(forloebId))).extracting(OutboxTable.Row::kind).as("a letter, no card order")
                .containsExactly("DIGITAL_POST_LETTER");
        api.as(caseworker()).get("/persons/{cpr}/card-orders", person.cpr().value()).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @DisplayName("CARD-4 delivered: the person's Digital Post holds the one-page card (read from the PDF), the forløb completes with its letter DONE, and the card printed is the PDF sent")
    void CARD4_delivered_to_digital_post_and_printable() throws IOException {
        Person person = insured();
        String key = UUID.randomUUID().toString();
        String forloebId = issue(caseworker(), person, key).getString("forloeb.id");

        deliveries.deliverFor(LETTERS, OutboxDeliveries.ids(forloebId));

        List<Map<String, Object>> held = messagesTo(person);
        assertThat(held).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("title", "Midlertidigt sundhedskort").containsEntry("forloebId", forloebId)
                    .containsEntry("pages", 1);
            assertThat((String) message.get("text")).contains("Midlertidigt sundhedskort", "Navn: " + person.name(),
                    "CPR-nummer: " + hyphenated(person), "Adresse: " + person.address().display(), "Sikringsgruppe: 1",
                    "Læge: " + PRACTICE, "Ydernummer: " + DOCTOR.value(), "Gyldigt fra: " + DANISH_DATE.format(today()),
                    "Udstedt: " + DANISH_DATE.format(today()) + " af kommune " + ISSUER, "Kortet er midlertidigt.");
        });
        api.as(caseworker()).get("/forloeb/{id}", forloebId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("activities", hasSize(1))
                .body("activities[0].state", equalTo("DONE"))
                .body("activities[0].closedBy.id", equalTo("Digital Post"));

        Response printed = document(caseworker(), forloebId);
        printed.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"midlertidigt-sundhedskort-" + forloebId + ".pdf\"")
                .header("Cache-Control", "no-store");
        byte[] pdf = printed.asByteArray();
        assertThat(pdf).as("the PDF Digital Post holds").isEqualTo(documentHeldBy((String) held.getFirst().get("deliveryId")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
        }
        assertThat(issue(caseworker(), person, key).getString("digitalPost")).as("the same request again, after delivery")
                .isEqualTo("DELIVERED");
        assertThat(messagesTo(person)).hasSize(1);
    }

    @Test
    @DisplayName("CARD-4 a person without Digital Post (not enrolled or exempt): no letter is held, the forløb completes saying the caseworker prints the card, no manual task, and the card prints")
    void CARD4_not_enrolled_is_printed_instead() throws IOException {
        Person person = insured();
        assertThat(RestAssured.given().baseUri(digitalPost.baseUrl()).put("/simulator/not-enrolled/{cpr}", person.cpr().value())
                .statusCode()).isEqualTo(204);
        String key = UUID.randomUUID().toString();
        String forloebId = issue(caseworker(), person, key).getString("forloeb.id");

        deliveries.deliverFor(LETTERS, OutboxDeliveries.ids(forloebId));

        assertThat(messagesTo(person)).isEmpty();
        api.as(caseworker()).get("/forloeb/{id}", forloebId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("activities", hasSize(1))
                .body("activities[0].type", equalTo("SEND_LETTER"))
                .body("activities[0].state", equalTo("FAILED"))
                .body("activities[0].note", equalTo("Modtageren har ikke Digital Post (ikke tilmeldt eller fritaget): "
                        + "sagsbehandleren udskriver brevet i stedet"));
        assertThat(issue(caseworker(), person, key).getString("digitalPost")).isEqualTo("NOT_DELIVERED");

        byte[] pdf = document(caseworker(), forloebId).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(stripper.getText(document)).contains("Midlertidigt sundhedskort", person.name(), hyphenated(person));
        }
    }

    @Test
    @DisplayName("CARD-4 a citizen gets 403 by role, for their own card too, and cannot print one; an administrator neither")
    void CARD4_citizens_are_refused_by_role() {
        Person person = insured();
        String forloebId = issue(caseworker(), person, UUID.randomUUID().toString()).getString("forloeb.id");

        for (String token : List.of(tokens.citizen(person.cpr().value()), tokens.administrator(ISSUER, "admin-101-temporary"))) {
            api.as(token).post("/persons/{cpr}/temporary-cards", person.cpr().value()).then().statusCode(403)
                    .body("type", equalTo("urn:sygesikring:problem:forbidden"));
            document(token, forloebId).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:sygesikring:problem:forbidden"));
        }
        assertThat(outbox.ofForloeb(List.of(UUID.fromString(forloebId)))).hasSize(1);
    }

    @Test
    @DisplayName("CARD-4 printed in the municipality that issued it: Mariagerfjord's caseworker is refused (ROLE-2) and issues one of their own; an unknown card is 404")
    void CARD4_printed_by_the_issuing_municipality() {
        Person person = insured();
        String issuedInCopenhagen = issue(caseworker(), person, UUID.randomUUID().toString()).getString("forloeb.id");
        String local = tokens.caseworker(MUNICIPALITY, "cw-846-temporary");

        document(local, issuedInCopenhagen).then().statusCode(403)
                .body("type", equalTo("urn:sygesikring:problem:temporary-card-of-another-municipality"))
                .body("rule", equalTo("ROLE-2"));
        JsonPath own = issue(local, person, UUID.randomUUID().toString());
        assertThat(own.getString("forloeb.municipalityCode")).isEqualTo(MUNICIPALITY);
        document(local, own.getString("forloeb.id")).then().statusCode(200).contentType("application/pdf");
        document(tokens.specialCaseworker(ISSUER, "cw-101-special"), issuedInCopenhagen).then().statusCode(200);

        document(caseworker(), UUID.randomUUID().toString()).then().statusCode(404)
                .body("type", equalTo("urn:sygesikring:problem:temporary-card-not-found"));
    }

    @Test
    @DisplayName("CARD-4 a person whose group carries no card is refused as a card order is (422 no-card-in-group)")
    void CARD4_no_card_in_group() {
        Person uninsured = person("addr-temporary-uninsured-" + nextPerson);
        persons.store(uninsured);

        api.as(caseworker()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/persons/{cpr}/temporary-cards", uninsured.cpr().value()).then().statusCode(422)
                .body("type", equalTo("urn:sygesikring:problem:no-card-in-group"))
                .body("rule", equalTo("GRP-1"));
    }

    private JsonPath issue(String token, Person person, String idempotencyKey) {
        return api.as(token).header("Idempotency-Key", idempotencyKey)
                .post("/persons/{cpr}/temporary-cards", person.cpr().value()).then().statusCode(202).extract().jsonPath();
    }

    private Response document(String token, String forloebId) {
        return api.as(token).accept(PDF_OR_PROBLEM).get("/temporary-cards/{id}/document", forloebId);
    }

    /** What Digital Post itself holds for the person, read from the simulator over HTTP. */
    private List<Map<String, Object>> messagesTo(Person recipient) {
        return RestAssured.given().baseUri(digitalPost.baseUrl()).queryParam("recipient", recipient.cpr().value())
                .get("/messages").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private byte[] documentHeldBy(String deliveryId) {
        return RestAssured.given().baseUri(digitalPost.baseUrl()).get("/messages/{id}/document", deliveryId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private String caseworker() {
        return tokens.caseworker(ISSUER, "cw-101-temporary");
    }

    /** A person of Mariagerfjord in group 1 with DOCTOR. */
    private Person insured() {
        Person person = person("addr-temporary-" + nextPerson);
        persons.store(person);
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(person.cpr(), DOCTOR, LocalDate.of(2024, 1, 1),
                    Instant.parse("2024-01-01T00:00:00Z"), UUID.randomUUID(), null));
            return null;
        });
        return person;
    }

    private Person person(String addressId) {
        int n = nextPerson++;
        return TestPersons.person(TestCprs.cpr(bornYearsAgo(30 + n % 40, n), SERIES, n % 2 == 0 ? Gender.FEMALE : Gender.MALE),
                "Karin Kortsen " + n, home(addressId));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), COPENHAGEN);
    }

    private static String hyphenated(Person person) {
        return person.cpr().value().substring(0, 6) + "-" + person.cpr().value().substring(6);
    }

    private static Address home(String addressId) {
        return new Address("Adelgade", "5", null, null, "9500", "Hobro", "0040", MunicipalityCode.of(MUNICIPALITY), addressId,
                new Coordinates(56.64, 9.79));
    }
}
