package dk.sygesikring.server.letter;

import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterRenderingPort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.AuditLog;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestDates;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reading letters over HTTP (LET-6, the viewing part): letters stored through LetterStorePort as the letter flow
 * stores them, each with its PDF rendered by the service's own renderer, read per forløb, per person a page at a
 * time, one by one and as PDF, by caseworkers of the forløb's municipality (101) and of another (751), by citizens
 * and by the system. Each test makes its own family (series 55).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LettersApiTest {

    private static final int SERIES = 55;
    private static final MunicipalityCode OWN = MunicipalityCode.of("101");
    private static final MunicipalityCode OTHER = MunicipalityCode.of("751");
    private static final Instant T0 = TestDates.NOW.minusSeconds(86_400);
    private static final String PROBLEM = "urn:sygesikring:problem:";

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject ForloebStorePort forloeb;
    @Inject LetterStorePort letters;
    @Inject LetterRenderingPort renderer;
    @Inject TransactionPort transactions;
    @Inject AuditLog auditLog;
    ApiClient api;
    int nextPerson;

    /** A mother with custody of a daughter of 8 and a son of 16, married to the father. */
    record Family(Person mother, Person daughter, Person son, Person father) {
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
    }

    @Test
    @DisplayName("LET-6 (viewing) a forløb's letters, oldest first, in each status (queued, sent, delivered, failed, withdrawn) with their histories; one letter alike; its PDF byte for byte as stored, Danish and tagged, its text read back with PDFBox")
    void LET6_forloeb_letters_in_every_status_and_the_pdf() throws IOException {
        Family family = family();
        Forloeb choice = forloebOf(OWN, family.mother());
        Letter queued = write(choice, family.mother(), List.of(family.mother(), family.daughter()), 1, "Kvittering for lægevalg");
        Letter sent = update(write(choice, family.mother(), List.of(family.mother()), 2, "Kvittering for sundhedskort"),
                letter -> letter.rerouted(LetterChannel.PRINT, T0.plusSeconds(3))
                        .reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-4711", T0.plusSeconds(4))));
        Letter delivered = update(write(choice, family.mother(), List.of(family.mother()), 5, "Kvittering for gruppeskift"),
                letter -> letter.reported(new LetterStatus.Delivered(LetterChannel.DIGITAL_POST, "DP-42", T0.plusSeconds(6))));
        Letter failed = update(write(choice, family.mother(), List.of(family.mother()), 7, "Afslag på dispensation"),
                letter -> letter.reported(new LetterStatus.Failed(LetterChannel.DIGITAL_POST, "Digital Post afviste brevet", T0.plusSeconds(8))));
        Letter withdrawn = update(write(choice, family.mother(), List.of(family.mother()), 9, "Midlertidigt sundhedskort"),
                letter -> letter.withdrawn(T0.plusSeconds(10)));

        JsonPath listed = api.as(caseworker(OWN)).get("/forloeb/{id}/letters", choice.id().value()).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();

        assertThat(listed.getList("id")).containsExactly(queued.id().toString(), sent.id().toString(), delivered.id().toString(),
                failed.id().toString(), withdrawn.id().toString());
        assertThat(listed.getList("status.name")).containsExactly("QUEUED", "SENT", "DELIVERED", "FAILED", "WITHDRAWN");
        assertThat(listed.getString("[0].forloebId")).isEqualTo(choice.id().toString());
        assertThat(listed.getString("[0].kind")).isEqualTo("DOCTOR_CHOICE_RECEIPT");
        assertThat(listed.getString("[0].to.cpr")).isEqualTo(family.mother().cpr().value());
        assertThat(listed.getList("[0].about")).containsExactly(family.mother().cpr().value(), family.daughter().cpr().value());
        assertThat(listed.getString("[0].title")).isEqualTo("Kvittering for lægevalg");
        assertThat(Instant.parse(listed.getString("[0].createdAt"))).isEqualTo(T0.plusSeconds(1));
        assertThat(listed.getString("[0].status.channel")).isEqualTo("DIGITAL_POST");
        assertThat(listed.getList("[1].history.name")).containsExactly("QUEUED", "QUEUED", "SENT");
        assertThat(listed.getList("[1].history.channel")).containsExactly("DIGITAL_POST", "PRINT", "PRINT");
        assertThat(listed.getString("[1].status.reference")).isEqualTo("P-4711");
        assertThat(Instant.parse(listed.getString("[1].status.at"))).isEqualTo(T0.plusSeconds(4));
        assertThat(listed.getString("[2].status.reference")).isEqualTo("DP-42");
        assertThat(listed.getString("[3].status.reason")).isEqualTo("Digital Post afviste brevet");
        assertThat(listed.getMap("[4].status")).as("a withdrawn letter has no channel").doesNotContainKey("channel");

        api.as(caseworker(OWN)).get("/letters/{id}", sent.id()).then().statusCode(200)
                .body("id", equalTo(sent.id().toString()))
                .body("status.name", equalTo("SENT"))
                .body("history", hasSize(3))
                .body("history[1].name", equalTo("QUEUED"))
                .body("history[1].channel", equalTo("PRINT"));

        Response document = api.as(caseworker(OWN)).accept("application/pdf").get("/letters/{id}/document", queued.id());
        document.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"brev-" + queued.id() + ".pdf\"")
                .header("Cache-Control", "no-store");
        byte[] pdf = document.asByteArray();
        assertThat(pdf).as("byte for byte as stored").isEqualTo(transactions.inTransaction(() -> letters.document(queued.id())).orElseThrow());
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(read.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
            assertThat(new PDFTextStripper().getText(read)).contains("Kvittering for lægevalg", "Kære " + family.mother().name(),
                    "Du har valgt læge for dig selv og dit barn", "Med venlig hilsen");
        }
    }

    @Test
    @DisplayName("LET-6 (viewing) a person's letters, to them and about them, newest first, 2 at a time by cursor, none twice or skipped; the last page has no next; a cursor this service did not give is 400 naming cursor")
    void LET6_person_letters_paged() {
        Family family = family();
        Forloeb mothers = forloebOf(OWN, family.mother());
        List<Letter> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(write(mothers, family.mother(), List.of(family.mother(), family.daughter()), 10 + i, "Brev " + i));
        }
        written.add(write(forloebOf(OWN, family.daughter()), family.daughter(), List.of(family.daughter()), 20, "Til datteren"));
        written.add(write(forloebOf(OWN, family.son()), family.son(), List.of(family.son()), 30, "Til sønnen")); // not about her

        String token = caseworker(OWN);
        String cpr = family.daughter().cpr().value();
        List<String> seen = new ArrayList<>();
        JsonPath page = api.as(token).queryParam("limit", 2).get("/persons/{cpr}/letters", cpr).then().statusCode(200).extract().jsonPath();
        int pages = 1;
        seen.addAll(page.getList("letters.id"));
        while (page.getString("next") != null) {
            page = api.as(token).queryParam("limit", 2).queryParam("cursor", page.getString("next"))
                    .get("/persons/{cpr}/letters", cpr).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("letters.id"));
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(written.get(4).id().toString(), written.get(3).id().toString(), written.get(2).id().toString(),
                written.get(1).id().toString(), written.get(0).id().toString());
        api.as(token).get("/persons/{cpr}/letters", cpr).then().statusCode(200)
                .body("letters", hasSize(5)).body("containsKey('next')", equalTo(false));
        assertThat(auditLog.linesAbout(cpr)).extracting(AuditLog.Line::action).contains("READ_LETTERS");

        api.wrongRequest().header("Authorization", "Bearer " + token).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/persons/{cpr}/letters", cpr).then().statusCode(400)
                .body("type", equalTo(PROBLEM + "invalid-request"))
                .body("invalidParams[0].name", equalTo("cursor"));
        api.wrongRequest().header("Authorization", "Bearer " + token).queryParam("limit", 0)
                .get("/persons/{cpr}/letters", cpr).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("limit"));
    }

    @Test
    @DisplayName("LET-6 (viewing) ROLE-2 a caseworker of another municipality is refused the forløb's letters, the letter and its PDF (403 letters-of-another-municipality) and the person's list leaves them out; the own municipality's reads are audited")
    void LET6_other_municipality_is_refused() {
        Family family = family();
        Forloeb own = forloebOf(OWN, family.mother());
        Forloeb other = forloebOf(OTHER, family.mother());
        Letter ownLetter = write(own, family.mother(), List.of(family.mother()), 1, "Kvittering for lægevalg");
        Letter otherLetter = write(other, family.mother(), List.of(family.mother()), 2, "Kvittering for sundhedskort");
        String elsewhere = caseworker(OTHER);

        for (Response refused : List.of(api.as(elsewhere).get("/forloeb/{id}/letters", own.id().value()),
                api.as(elsewhere).get("/letters/{id}", ownLetter.id()),
                api.as(elsewhere).accept("application/pdf").get("/letters/{id}/document", ownLetter.id()),
                api.as(tokens.administrator(OTHER.value(), "adm-751-letters")).get("/letters/{id}", ownLetter.id()))) {
            refused.then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEM + "letters-of-another-municipality"))
                    .body("rule", equalTo("ROLE-2"));
        }
        api.as(elsewhere).get("/forloeb/{id}", own.id().value()).then().statusCode(200).body("detailsVisible", equalTo(false));
        assertThat(auditLog.linesAbout(own.id().toString())).as("nothing of it was shown").isEmpty();

        String cpr = family.mother().cpr().value();
        api.as(elsewhere).get("/persons/{cpr}/letters", cpr).then().statusCode(200)
                .body("letters.id", equalTo(List.of(otherLetter.id().toString())));
        api.as(caseworker(OWN)).get("/persons/{cpr}/letters", cpr).then().statusCode(200)
                .body("letters.id", equalTo(List.of(ownLetter.id().toString())));
        api.as(tokens.system()).get("/persons/{cpr}/letters", cpr).then().statusCode(200)
                .body("letters.id", equalTo(List.of(otherLetter.id().toString(), ownLetter.id().toString())));

        api.as(caseworker(OWN)).get("/forloeb/{id}/letters", own.id().value()).then().statusCode(200).body("$", hasSize(1));
        api.as(caseworker(OWN)).accept("application/pdf").get("/letters/{id}/document", ownLetter.id()).then().statusCode(200);
        assertThat(auditLog.linesAbout(own.id().toString())).extracting(AuditLog.Line::action, AuditLog.Line::municipalityCode)
                .containsExactly(tuple("READ_LETTERS", OWN.value()),
                        tuple("READ_LETTER_DOCUMENT", OWN.value()));
    }

    @Test
    @DisplayName("LET-6 (viewing) ROLE-4 a citizen reads the letters to or about themselves and their child under 15 in custody (of any municipality), not those of their son of 16, their spouse or a stranger (403 not-your-person)")
    void LET6_citizen_self_custody_child_and_others() {
        Family family = family();
        Person stranger = store(person(40, Gender.MALE, "Fremmed Brev"));
        Letter aboutBoth = write(forloebOf(OWN, family.mother()), family.mother(), List.of(family.mother(), family.daughter()), 1,
                "Kvittering for lægevalg");
        Letter toDaughter = write(forloebOf(OTHER, family.daughter()), family.daughter(), List.of(family.daughter()), 2, "Til datteren");
        Letter toSon = write(forloebOf(OWN, family.son()), family.son(), List.of(family.son()), 3, "Til sønnen");
        Letter toFather = write(forloebOf(OWN, family.father()), family.father(), List.of(family.father()), 4, "Til faderen");
        Letter toStranger = write(forloebOf(OWN, stranger), stranger, List.of(stranger), 5, "Til en fremmed");
        String mother = tokens.citizen(family.mother().cpr().value());

        api.as(mother).get("/persons/{cpr}/letters", family.mother().cpr().value()).then().statusCode(200)
                .body("letters.id", equalTo(List.of(aboutBoth.id().toString())));
        api.as(mother).get("/persons/{cpr}/letters", family.daughter().cpr().value()).then().statusCode(200)
                .body("letters.id", equalTo(List.of(toDaughter.id().toString(), aboutBoth.id().toString())));
        api.as(mother).get("/letters/{id}", toDaughter.id()).then().statusCode(200).body("to.cpr", equalTo(family.daughter().cpr().value()));
        api.as(mother).accept("application/pdf").get("/letters/{id}/document", toDaughter.id()).then().statusCode(200)
                .contentType("application/pdf");
        api.as(mother).get("/forloeb/{id}/letters", aboutBoth.forloebId().value()).then().statusCode(200).body("$", hasSize(1));

        for (Letter notHers : List.of(toSon, toFather, toStranger)) {
            for (Response refused : List.of(api.as(mother).get("/letters/{id}", notHers.id()),
                    api.as(mother).accept("application/pdf").get("/letters/{id}/document", notHers.id()),
                    api.as(mother).get("/forloeb/{id}/letters", notHers.forloebId().value()),
                    api.as(mother).get("/persons/{cpr}/letters", ((Addressee.Person) notHers.to()).cpr().value()))) {
                refused.then().statusCode(403).body("type", equalTo(PROBLEM + "not-your-person")).body("rule", equalTo("ROLE-3"));
            }
        }
        api.as(tokens.citizen(family.son().cpr().value())).get("/persons/{cpr}/letters", family.son().cpr().value()).then()
                .statusCode(200).body("letters.id", equalTo(List.of(toSon.id().toString())));
    }

    @Test
    @DisplayName("A letter to a practice names no person in to, only in about; an unknown letter is 404 letter-not-found, an unknown forløb 404 forloeb-not-found; a PDF asked for as JSON is 406")
    void practice_letter_unknown_ids_and_not_acceptable() {
        Family family = family();
        Forloeb choice = forloebOf(OWN, family.mother());
        Letter application = save(Letter.written(UUID.randomUUID(), choice.id(), choice.activities().getFirst().id(),
                LetterKind.DISPENSATION_APPLICATION, new Addressee.Practice(ProviderNumber.of("010155")),
                List.of(family.mother().cpr(), family.daughter().cpr()), "Ansøgning om dispensation", LetterChannel.DIGITAL_POST,
                T0.plusSeconds(1)), "læge");

        api.as(caseworker(OWN)).get("/letters/{id}", application.id()).then().statusCode(200)
                .body("kind", equalTo("DISPENSATION_APPLICATION"))
                .body("to.providerNumber", equalTo("010155"))
                .body("to.containsKey('cpr')", equalTo(false))
                .body("about", equalTo(List.of(family.mother().cpr().value(), family.daughter().cpr().value())));

        api.as(caseworker(OWN)).get("/letters/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo(PROBLEM + "letter-not-found"));
        api.as(caseworker(OWN)).accept("application/pdf").get("/letters/{id}/document", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(PROBLEM + "letter-not-found"));
        api.as(caseworker(OWN)).get("/forloeb/{id}/letters", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo(PROBLEM + "forloeb-not-found"));
        api.wrongRequest().header("Authorization", "Bearer " + caseworker(OWN)).accept("application/json")
                .get("/letters/{id}/document", application.id()).then().statusCode(406)
                .body("type", equalTo(PROBLEM + "not-acceptable"));
    }

    private String caseworker(MunicipalityCode municipality) {
        return tokens.caseworker(municipality.value(), "cw-" + municipality.value() + "-letters");
    }

    private Family family() {
        Person mother = person(38, Gender.FEMALE, "Mette Brev");
        Person daughter = person(8, Gender.FEMALE, "Maja Brev");
        Person son = person(16, Gender.MALE, "Malte Brev");
        Person father = TestPersons.married(person(40, Gender.MALE, "Mads Brev"));
        persons.store(TestPersons.married(mother), List.of(Relation.custody(mother.cpr(), daughter.cpr()),
                Relation.custody(mother.cpr(), son.cpr()), Relation.spouses(mother.cpr(), father.cpr())), List.of(daughter, son, father));
        return new Family(mother, daughter, son, father);
    }

    private Person person(int age, Gender gender, String name) {
        Cpr cpr = TestCprs.cpr(bornYearsAgo(age, nextPerson++ % 300), SERIES, gender);
        return TestPersons.person(cpr, name, new Address("Brevgade", "5", null, null, "1165", "København K", "0500", OWN,
                "addr-letters-" + cpr, new Coordinates(55.68, 12.57)));
    }

    private Person store(Person person) {
        persons.store(person);
        return person;
    }

    private Forloeb forloebOf(MunicipalityCode municipality, Person mainPerson) {
        Forloeb made = Forloeb.start(ForloebType.DOCTOR_CHOICE, municipality, new Creator(Creator.Kind.CITIZEN, mainPerson.cpr().value()),
                mainPerson.cpr(), List.of(mainPerson.cpr()), T0, null).withActivity(Activity.open(ActivityType.SEND_LETTER, T0, null, null));
        transactions.inTransaction(() -> {
            forloeb.save(made);
            return null;
        });
        return made;
    }

    /** A letter written as the letter flow writes it: its PDF rendered once, stored with it. */
    private Letter write(Forloeb of, Person to, List<Person> about, int secondsAfter, String title) {
        return save(Letter.written(UUID.randomUUID(), of.id(), of.activities().getFirst().id(), LetterKind.DOCTOR_CHOICE_RECEIPT,
                new Addressee.Person(to.cpr()), about.stream().map(Person::cpr).toList(), title, LetterChannel.DIGITAL_POST,
                T0.plusSeconds(secondsAfter)), to.name());
    }

    private Letter save(Letter letter, String greeted) {
        byte[] pdf = renderer.renderPdf(new LetterText(letter.title(), TestDates.TODAY, List.of(
                "Kære " + greeted,
                "Du har valgt læge for dig selv og dit barn. Valget gælder fra i dag, og I får nye sundhedskort.",
                "Med venlig hilsen Københavns Kommune")));
        transactions.inTransaction(() -> {
            letters.save(letter, pdf);
            return null;
        });
        return letter;
    }

    private Letter update(Letter letter, UnaryOperator<Letter> change) {
        Letter changed = change.apply(letter);
        transactions.inTransaction(() -> {
            letters.update(changed);
            return null;
        });
        return changed;
    }

}
