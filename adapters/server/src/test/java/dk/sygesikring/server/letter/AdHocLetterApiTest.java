package dk.sygesikring.server.letter;

import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.AuditLog;
import dk.sygesikring.server.support.DigitalPostSimulatorSupport;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.OutboxTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A caseworker's ad-hoc letter over HTTP (LET-1, the ad-hoc part): a caseworker of Fredericia (607, which has no remote
 * print supplier and which no other test class uses) writes to persons of Copenhagen; the Digital Post simulator takes
 * the letters over real HTTP. Each test makes its own persons (series 58).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdHocLetterApiTest implements TestPropertyProvider {

    private static final int SERIES = 58;
    private static final String MUNICIPALITY = "607";
    private static final String SENDER = "Fredericia Kommune";
    private static final String PROBLEM = "urn:sygesikring:problem:";
    private static final Set<String> LETTERS = Set.of("DIGITAL_POST_LETTER");
    private static final String TITLE = "Om dit sundhedskort";
    private static final List<String> PARAGRAPHS = List.of("Vi har modtaget din henvendelse om dit sundhedskort.",
            "Dit nye kort er sendt til din adresse.\nDu får det inden for 14 dage.");

    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject OutboxDeliveries deliveries;
    @Inject OutboxTable outbox;
    @Inject AuditLog auditLog;
    @Inject JsonMapper json;
    ApiClient api;
    int nextPerson;

    @Override
    public Map<String, String> getProperties() {
        return DigitalPostSimulatorSupport.properties(digitalPost);
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        assertThat(api.as(tokens.administrator(MUNICIPALITY, "adm-607-ad-hoc")).get("/configuration/local/{code}", MUNICIPALITY)
                .then().statusCode(200).extract().jsonPath().getString("remotePrintSupplier"))
                .as("Fredericia has no remote print supplier").isNull();
    }

    @AfterAll
    void stop() {
        digitalPost.close();
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a caseworker's own letter: 202 with an AD_HOC forløb of the caseworker's municipality, the letter QUEUED for Digital Post and its Location; the PDF says the title, the paragraphs and the municipality; delivered to Digital Post, the letter is DELIVERED and the forløb completes; the use is audited")
    void LET1_ad_hoc_letter_sent_stored_and_delivered() throws IOException {
        Person adult = store(adult());

        Response answer = send(caseworker(), adult, UUID.randomUUID().toString(), body(TITLE, PARAGRAPHS));

        answer.then().statusCode(202).contentType("application/json");
        JsonPath sent = answer.jsonPath();
        String forloebId = sent.getString("forloeb.id");
        String letterId = sent.getString("letter.id");
        assertThat(answer.header("Location")).isEqualTo("/letters/" + letterId);
        assertThat(sent.getString("forloeb.type")).isEqualTo("AD_HOC");
        assertThat(sent.getString("forloeb.municipalityCode")).as("ROLE-2: the caseworker's").isEqualTo(MUNICIPALITY);
        assertThat(sent.getString("forloeb.mainPerson")).isEqualTo(adult.cpr().value());
        assertThat(sent.getString("forloeb.status")).isEqualTo("IN_PROGRESS");
        assertThat(sent.getString("forloeb.createdBy.id")).isEqualTo("cw-607-ad-hoc");
        assertThat(sent.getList("forloeb.activities.type")).containsExactly("SEND_LETTER");
        assertThat(sent.getList("forloeb.activities.state")).containsExactly("OPEN");
        assertThat(sent.getString("letter.forloebId")).isEqualTo(forloebId);
        assertThat(sent.getString("letter.kind")).isEqualTo("AD_HOC");
        assertThat(sent.getString("letter.to.cpr")).isEqualTo(adult.cpr().value());
        assertThat(sent.getList("letter.about")).containsExactly(adult.cpr().value());
        assertThat(sent.getString("letter.title")).isEqualTo(TITLE);
        assertThat(sent.getString("letter.status.name")).isEqualTo("QUEUED");
        assertThat(sent.getString("letter.status.channel")).isEqualTo("DIGITAL_POST");
        assertThat(outbox.ofForloeb(List.of(UUID.fromString(forloebId)))).extracting(OutboxTable.Row::kind)
                .containsExactly("DIGITAL_POST_LETTER");
        assertThat(auditLog.linesAbout(adult.cpr().value())).extracting(AuditLog.Line::action, AuditLog.Line::actorId,
                AuditLog.Line::municipalityCode).containsExactly(tuple("SEND_AD_HOC_LETTER", "cw-607-ad-hoc", MUNICIPALITY));

        api.as(caseworker()).get(answer.header("Location")).then().statusCode(200).body("id", equalTo(letterId));
        String text = pdfText(api.as(caseworker()).accept("application/pdf").get("/letters/{id}/document", letterId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(text).contains(TITLE, PARAGRAPHS.get(0), "Dit nye kort er sendt til din adresse.", "Du får det inden for 14 dage.",
                "Med venlig hilsen", SENDER);
        assertThat(text.indexOf(PARAGRAPHS.get(0))).as("the paragraphs in order").isLessThan(text.indexOf("Du får det"));

        deliveries.deliverFor(LETTERS, OutboxDeliveries.ids(forloebId));

        assertThat(messagesTo(adult)).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("title", TITLE).containsEntry("forloebId", forloebId);
            assertThat((String) message.get("text")).contains(TITLE, PARAGRAPHS.get(0), SENDER);
        });
        api.as(caseworker()).get("/letters/{id}", letterId).then().statusCode(200).body("status.name", equalTo("DELIVERED"))
                .body("status.channel", equalTo("DIGITAL_POST"));
        api.as(caseworker()).get("/forloeb/{id}", forloebId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("activities", hasSize(1))
                .body("activities[0].state", equalTo("DONE"))
                .body("activities[0].closedBy.id", equalTo("Digital Post"));
        api.as(caseworker()).get("/forloeb/{id}/letters", forloebId).then().statusCode(200).body("id", equalTo(List.of(letterId)));
        api.as(tokens.citizen(adult.cpr().value())).get("/persons/{cpr}/letters", adult.cpr().value()).then().statusCode(200)
                .body("letters.id", equalTo(List.of(letterId)));
        api.as(tokens.caseworker("101", "cw-101-ad-hoc")).get("/letters/{id}", letterId).then().statusCode(403)
                .body("type", equalTo(PROBLEM + "letters-of-another-municipality")).body("rule", equalTo("ROLE-2"));
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) the same Idempotency-Key twice is one letter: the same forløb and letter, one message in Digital Post; the key with other words is 422 idempotency-key-reused")
    void LET1_ad_hoc_letter_once_per_idempotency_key() {
        Person adult = store(adult());
        String key = UUID.randomUUID().toString();
        JsonPath first = send(caseworker(), adult, key, body(TITLE, PARAGRAPHS)).then().statusCode(202).extract().jsonPath();

        Response again = send(caseworker(), adult, key, body(TITLE, PARAGRAPHS));

        again.then().statusCode(202);
        assertThat(again.jsonPath().getString("forloeb.id")).isEqualTo(first.getString("forloeb.id"));
        assertThat(again.jsonPath().getString("letter.id")).isEqualTo(first.getString("letter.id"));
        assertThat(again.header("Location")).isEqualTo("/letters/" + first.getString("letter.id"));
        deliveries.deliverFor(LETTERS, OutboxDeliveries.ids(first.getString("forloeb.id")));
        assertThat(messagesTo(adult)).hasSize(1);
        assertThat(send(caseworker(), adult, key, body(TITLE, PARAGRAPHS)).jsonPath().getString("letter.status.name"))
                .as("the first letter as it is now").isEqualTo("DELIVERED");
        api.as(tokens.system()).get("/persons/{cpr}/letters", adult.cpr().value()).then().statusCode(200)
                .body("letters", hasSize(1));

        send(caseworker(), adult, key, body(TITLE, List.of("Et andet afsnit."))).then().statusCode(422)
                .body("type", equalTo(PROBLEM + "idempotency-key-reused"));
        assertThat(messagesTo(adult)).hasSize(1);
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a caseworker's own letter is not an automatic one, so it is not held back: a child of 16 with name and address protection gets it in their own Digital Post")
    void LET1_ad_hoc_letter_reaches_a_protected_child() {
        Person child = store(protectedPerson(bornYearsAgo(16, 40 + nextPerson)));

        JsonPath sent = send(caseworker(), child, UUID.randomUUID().toString(), body(TITLE, PARAGRAPHS))
                .then().statusCode(202).extract().jsonPath();

        assertThat(sent.getString("letter.to.cpr")).isEqualTo(child.cpr().value());
        assertThat(sent.getString("letter.status.name")).isEqualTo("QUEUED");
        deliveries.deliverFor(LETTERS, OutboxDeliveries.ids(sent.getString("forloeb.id")));
        assertThat(messagesTo(child)).singleElement().satisfies(message -> assertThat(message).containsEntry("title", TITLE));
        api.as(caseworker()).get("/forloeb/{id}", sent.getString("forloeb.id")).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a child under 15 has no Digital Post, so the letter is printed; Fredericia has no print supplier: the letter is FAILED at once and a caseworker's task opens, the forløb stays in progress and nothing is sent")
    void LET1_ad_hoc_letter_to_a_child_under_15_without_print_supplier() {
        Person child = store(TestPersons.person(TestCprs.cpr(bornYearsAgo(9, nextPerson), SERIES, Gender.FEMALE),
                "Lille Brevsen " + nextPerson++, TestPersons.address("addr-ad-hoc-child")));

        JsonPath sent = send(caseworker(), child, UUID.randomUUID().toString(), body(TITLE, PARAGRAPHS))
                .then().statusCode(202).extract().jsonPath();

        assertThat(sent.getString("letter.to.cpr")).as("the child's own letter, not the parents'").isEqualTo(child.cpr().value());
        assertThat(sent.getString("letter.status.name")).isEqualTo("FAILED");
        assertThat(sent.getString("letter.status.channel")).isEqualTo("PRINT");
        assertThat(sent.getString("forloeb.status")).isEqualTo("IN_PROGRESS");
        assertThat(sent.getList("forloeb.activities.type")).containsExactly("SEND_LETTER", "MANUAL_TASK");
        assertThat(sent.getList("forloeb.activities.state")).containsExactly("FAILED", "OPEN");
        assertThat(sent.getString("forloeb.activities[1].deadline")).isNotNull();
        assertThat(outbox.ofForloeb(List.of(UUID.fromString(sent.getString("forloeb.id"))))).isEmpty();
        assertThat(messagesTo(child)).isEmpty();
        api.as(caseworker()).get("/letters/{id}", sent.getString("letter.id")).then().statusCode(200)
                .body("status.name", equalTo("FAILED"));
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) the limits of the contract hold inclusively: a title of 120 characters, 30 paragraphs, one of 4000 characters, line breaks as \\r\\n, Danish letters")
    void LET1_ad_hoc_letter_at_the_limits() throws IOException {
        Person adult = store(adult());
        String title = "Ærø og Åbenrå: ø".repeat(8).substring(0, 120);
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(29, "Kort afsnit."));
        paragraphs.add(0, "ord ".repeat(999) + "ord!");
        paragraphs.set(1, "Første linje\r\nanden linje");

        JsonPath sent = send(caseworker(), adult, UUID.randomUUID().toString(), body(title, paragraphs))
                .then().statusCode(202).extract().jsonPath();

        assertThat(paragraphs).hasSize(30);
        assertThat(paragraphs.getFirst()).hasSize(4000);
        assertThat(title).hasSize(120);
        assertThat(sent.getString("letter.title")).isEqualTo(title);
        String text = pdfText(api.as(caseworker()).accept("application/pdf").get("/letters/{id}/document", sent.getString("letter.id"))
                .then().statusCode(200).extract().asByteArray());
        assertThat(text).contains("Første linje", "anden linje", SENDER);
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) bad input is a 400 naming the field as the contract spells it: title missing, empty, too long, on two lines, blank (also of Unicode spaces); paragraphs missing, none, 31, one empty, too long, blank, with a control character; nothing is written")
    void LET1_ad_hoc_letter_bad_input_is_400_per_field() {
        Person adult = store(adult());
        Map<String, Object> tooMany = body(TITLE, Collections.nCopies(31, "Et afsnit."));
        List<Object[]> cases = List.of(
                new Object[] {Map.of("paragraphs", PARAGRAPHS), "title", "is required"},
                new Object[] {body("", PARAGRAPHS), "title", null},
                new Object[] {body("x".repeat(121), PARAGRAPHS), "title", "must be at most 120 characters"},
                new Object[] {body("To\nlinjer", PARAGRAPHS), "title", null},
                new Object[] {body("   ", PARAGRAPHS), "title", null},
                new Object[] {body("\u2003\u2003", PARAGRAPHS), "title", "must not be blank"},
                new Object[] {body("Klokke\u0007", PARAGRAPHS), "title", null},
                new Object[] {Map.of("title", TITLE), "paragraphs", "is required"},
                new Object[] {body(TITLE, List.of()), "paragraphs", "must have at least 1 entry"},
                new Object[] {tooMany, "paragraphs", "must have at most 30 entries"},
                new Object[] {body(TITLE, List.of("Et afsnit.", "")), "paragraphs[1]", null},
                new Object[] {body(TITLE, List.of("x".repeat(4001))), "paragraphs[0]", "must be at most 4000 characters"},
                new Object[] {body(TITLE, List.of("Et afsnit.", " \n \r\n ")), "paragraphs[1]", null},
                new Object[] {body(TITLE, List.of("Et afsnit.", "\u3000")), "paragraphs[1]", "must not be blank"},
                new Object[] {body(TITLE, List.of("Med\ttabulator")), "paragraphs[0]", null},
                new Object[] {body(TITLE, List.of("Nul\u0000tegn")), "paragraphs[0]", null},
                new Object[] {body(TITLE, List.of("Et afsnit.", 7)), "paragraphs[1]", "must be text"},
                new Object[] {Map.of("title", 7, "paragraphs", "Et afsnit."), null, null});

        for (Object[] bad : cases) {
            Response answer = api.wrongRequest().header("Authorization", "Bearer " + caseworker())
                    .header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                    .body(write(bad[0])).post("/persons/{cpr}/ad-hoc-letters", adult.cpr().value());
            answer.then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEM + "invalid-request"));
            List<String> named = answer.jsonPath().getList("invalidParams.name");
            if (bad[1] == null) {
                assertThat(named).as("%s", bad[0]).containsExactlyInAnyOrder("title", "paragraphs");
                continue;
            }
            assertThat(named).as("%s", bad[0]).containsExactly((String) bad[1]);
            if (bad[2] != null) {
                assertThat(answer.jsonPath().getString("invalidParams[0].reason")).as("%s", bad[0]).isEqualTo(bad[2]);
            }
        }
        api.as(tokens.system()).get("/persons/{cpr}/letters", adult.cpr().value()).then().statusCode(200).body("letters", hasSize(0));
        assertThat(auditLog.linesAbout(adult.cpr().value())).isEmpty();
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) only caseworkers send one: a citizen (to themselves too), an administrator and the system get 403 by role; a person not in the register is 404 person-not-found; a CPR number of 9 digits is 400 naming cpr")
    void LET1_ad_hoc_letter_roles_and_persons() {
        Person adult = store(adult());
        for (String token : List.of(tokens.citizen(adult.cpr().value()), tokens.administrator(MUNICIPALITY, "adm-607-ad-hoc"),
                tokens.system())) {
            send(token, adult, UUID.randomUUID().toString(), body(TITLE, PARAGRAPHS)).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo(PROBLEM + "forbidden"));
        }
        send(tokens.specialCaseworker(MUNICIPALITY, "cw-607-special"), adult, UUID.randomUUID().toString(), body(TITLE, PARAGRAPHS))
                .then().statusCode(202);

        Person unknown = TestPersons.person(TestCprs.cpr(bornYearsAgo(50, nextPerson), SERIES, Gender.MALE), "Ikke Registreret",
                TestPersons.address("addr-ad-hoc-unknown"));
        nextPerson++;
        send(caseworker(), unknown, UUID.randomUUID().toString(), body(TITLE, PARAGRAPHS)).then().statusCode(404)
                .body("type", equalTo(PROBLEM + "person-not-found"));
        api.wrongRequest().header("Authorization", "Bearer " + caseworker()).contentType("application/json")
                .body(write(body(TITLE, PARAGRAPHS))).post("/persons/{cpr}/ad-hoc-letters", "123456789").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("cpr"));
        api.as(tokens.system()).get("/persons/{cpr}/letters", adult.cpr().value()).then().statusCode(200).body("letters", hasSize(1));
    }

    private Response send(String token, Person to, String idempotencyKey, Map<String, Object> body) {
        return api.as(token).header("Idempotency-Key", idempotencyKey).contentType("application/json").body(write(body))
                .post("/persons/{cpr}/ad-hoc-letters", to.cpr().value());
    }

    private static Map<String, Object> body(String title, List<?> paragraphs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("paragraphs", paragraphs);
        return body;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, Object>> messagesTo(Person recipient) {
        return DigitalPostSimulatorSupport.messagesTo(digitalPost, recipient.cpr());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String caseworker() {
        return tokens.caseworker(MUNICIPALITY, "cw-607-ad-hoc");
    }

    private Person adult() {
        int n = nextPerson++;
        return TestPersons.person(TestCprs.cpr(bornYearsAgo(30 + n, n), SERIES, n % 2 == 0 ? Gender.FEMALE : Gender.MALE),
                "Anne Brevsen " + n, TestPersons.address("addr-ad-hoc-" + n));
    }

    private Person protectedPerson(java.time.LocalDate born) {
        int n = nextPerson++;
        return new Person(TestCprs.cpr(born, SERIES, Gender.MALE), "Skjult Brevsen " + n, CprStatus.ACTIVE, CivilStatus.UNMARRIED,
                TestPersons.address("addr-ad-hoc-protected-" + n), true, null);
    }

    private Person store(Person person) {
        persons.store(person);
        return person;
    }
}
