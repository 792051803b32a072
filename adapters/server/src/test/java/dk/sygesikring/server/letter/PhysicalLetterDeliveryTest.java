package dk.sygesikring.server.letter;

import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.letter.LetterDraft;
import dk.sygesikring.application.letter.LetterPost;
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
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.LateClock;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.OutboxDeliveries;
import dk.sygesikring.server.support.OutboxTable;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.print.PrintSimulator;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Physical letters end to end over real HTTP (LET-4, LET-5, INT-4): a municipality with a remote print supplier in its
 * configuration (set by its administrator over the API), the Digital Post simulator and the print simulator. The counts
 * come from the simulators, which hold each letter once by its id, and from the outbox rows.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhysicalLetterDeliveryTest implements TestPropertyProvider {

    private static final int SERIES = 84;
    private static final String MUNICIPALITY = "820";
    private static final String SECRET = "test-only-print-report-secret-0123456789";
    private static final Creator CASEWORKER = new Creator(Creator.Kind.CASEWORKER, "cw-820-letters");

    private final DigitalPostSimulator digitalPost = DigitalPostSimulator.start(0);
    private PrintSimulator print = startPrint(0);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject LetterPost letterPost;
    @Inject LetterStorePort letters;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;
    @Inject OutboxDeliveries deliveries;
    @Inject OutboxTable outbox;
    @Inject MutableClock clock;
    int nextPerson;

    /** A letter written for a forløb, and the activity its delivery closes. */
    record Written(UUID letterId, ForloebId forloebId, UUID activityId, Person to) {
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.digital-post.url", digitalPost.baseUrl(),
                "sygesikring.print.url", print.baseUrl(),
                "sygesikring.print.retry.initial-wait", "10ms",
                "sygesikring.print.circuit-breaker.wait-duration-in-open-state", "100ms",
                "sygesikring.outbox.enabled", "false");
    }

    @BeforeAll
    void setUp() {
        print.reportTo(URI.create(server.getURL() + "/print/reports"), SECRET);
        ApiClient api = new ApiClient(server);
        String administrator = tokens.administrator(MUNICIPALITY, "adm-820-letters");
        assertThat(api.as(administrator).get("/configuration/local/{code}", MUNICIPALITY).then().statusCode(200)
                .extract().jsonPath().getString("remotePrintSupplier")).as("no other class set one up").isNull();
        api.as(administrator).contentType("application/json").body("""
                        {"adHocTaskDeadlineDays":14,"paymentChannels":[],"highRoadCodes":[],
                         "remotePrintSupplier":{"name":"Fjernprint A/S","shipmentTypeId":"20","senderSystemId":"5059"},
                         "sessionTimeoutMinutes":480}""")
                .put("/configuration/local/{code}", MUNICIPALITY).then().statusCode(200);
    }

    @AfterAll
    void stop() {
        // as the municipality was: the defaults, no supplier
        new ApiClient(server).as(tokens.administrator(MUNICIPALITY, "adm-820-letters")).contentType("application/json")
                .body("""
                        {"adHocTaskDeadlineDays":14,"paymentChannels":[],"highRoadCodes":[],"sessionTimeoutMinutes":480}""")
                .put("/configuration/local/{code}", MUNICIPALITY).then().statusCode(200);
        print.close();
        digitalPost.close();
    }

    @Test
    @DisplayName("LET-4 LET-5 an adult not enrolled in Digital Post: asked at Digital Post once, then printed by the municipality's supplier once, never both; posted, the letter is DELIVERED by print")
    void LET4_LET5_not_enrolled_goes_to_print_once_never_both() throws InterruptedException {
        Person adult = newPerson(bornYearsAgo(40, 10));
        assertThat(RestAssured.given().baseUri(digitalPost.baseUrl()).put("/simulator/not-enrolled/{cpr}", adult.cpr().value())
                .statusCode()).isEqualTo(204);
        Written written = write(adult);

        deliveries.deliverFor(List.of(written.forloebId().value()));

        assertThat(outbox.ofForloeb(List.of(written.forloebId().value()))).extracting(OutboxTable.Row::kind, OutboxTable.Row::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DIGITAL_POST_LETTER", "REFUSED"),
                        org.assertj.core.groups.Tuple.tuple("PRINT_LETTER", "CONFIRMED"));
        assertThat(RestAssured.given().baseUri(digitalPost.baseUrl()).queryParam("recipient", adult.cpr().value())
                .get("/messages").then().statusCode(200).extract().jsonPath().getList("$")).as("Digital Post holds none").isEmpty();
        assertThat(print.status(written.letterId())).as("the print supplier holds it").isPresent();
        assertThat(print.pdf(written.letterId())).hasValueSatisfying(pdf ->
                assertThat(pdf).isEqualTo(transactions.inTransaction(() -> letters.document(written.letterId())).orElseThrow()));
        Forloeb after = forloeb.load(written.forloebId()).orElseThrow();
        assertThat(after.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.state()).isEqualTo(ActivityState.DONE);
            assertThat(activity.note()).startsWith("Sendt med fjernprint via Fjernprint A/S");
        });
        assertThat(after.isInProgress()).isFalse();

        print.post(written.letterId());
        for (int i = 0; i < 400 && !(letter(written).status() instanceof LetterStatus.Delivered); i++) {
            Thread.sleep(25);
        }
        assertThat(letter(written).history()).extracting(LetterStatus::name)
                .containsExactly("QUEUED", "QUEUED", "SENT", "DELIVERED");
    }

    @Test
    @DisplayName("INT-4 LET-5 the print service down during 20 letters to children under 15, then back on the same port: nothing printed while down, each letter printed once after, none lost")
    void INT4_print_down_then_back_each_letter_printed_once() {
        int port = URI.create(print.baseUrl()).getPort();
        print.close();
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            written.add(write(newPerson(bornYearsAgo(10, 20 + i))));
        }
        List<UUID> forloebIds = written.stream().map(letter -> letter.forloebId().value()).toList();

        deliveries.deliverFor(forloebIds);
        List<OutboxTable.Row> whileDown = outbox.ofForloeb(forloebIds);
        assertThat(whileDown).hasSize(20).allSatisfy(row -> {
            assertThat(row.kind()).isEqualTo("PRINT_LETTER");
            assertThat(row.isPending()).isTrue();
        });
        int attemptsWhileDown = whileDown.stream().mapToInt(OutboxTable.Row::attempts).sum();

        print = startPrint(port);
        clock.advance(Duration.ofHours(1));
        deliveries.deliverForMovingTime(forloebIds);

        System.out.printf("INT-4 print down: %d letters, %d attempts while down, 0 printed; back: %d printed at the supplier, "
                + "%d confirmed in the outbox%n", written.size(), attemptsWhileDown, print.letterCount(),
                outbox.ofForloeb(forloebIds).stream().filter(row -> row.state().equals("CONFIRMED")).count());
        assertThat(attemptsWhileDown).isPositive();
        assertThat(print.letterCount()).isEqualTo(20);
        assertThat(written).allSatisfy(letter -> {
            assertThat(print.status(letter.letterId())).isPresent();
            assertThat(letter(letter).status()).isInstanceOf(LetterStatus.Sent.class);
            assertThat(outbox.ofForloeb(List.of(letter.forloebId().value()))).singleElement()
                    .satisfies(row -> assertThat(row.state()).isEqualTo("CONFIRMED"));
        });
    }

    /** A forløb of the municipality with its receipt letter, written as the flows write it. */
    private Written write(Person to) {
        return transactions.inTransaction(() -> {
            Activity send = Activity.open(ActivityType.SEND_LETTER, clock.instant(), null, "Kvittering sendes");
            Forloeb started = Forloeb.start(ForloebType.GROUP_CHANGE, MunicipalityCode.of(MUNICIPALITY), CASEWORKER, to.cpr(),
                    List.of(), clock.instant(), null).withActivity(send);
            LetterPost.Posted posted = letterPost.post(started, send.id(), LetterDraft.toPerson(LetterKind.GROUP_CHANGE_RECEIPT,
                    to.cpr(), List.of(to.cpr()), new LetterText("Kvittering for ændret sikringsgruppe",
                            java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Copenhagen")),
                            List.of("Kære " + to.name(), "Du er nu i sikringsgruppe 2."))), clock.instant());
            forloeb.save(posted.forloeb());
            return new Written(posted.letterId().orElseThrow(), started.id(), send.id(), to);
        });
    }

    private Letter letter(Written written) {
        return transactions.inTransaction(() -> letters.load(written.letterId())).orElseThrow();
    }

    private Person newPerson(java.time.LocalDate birthDate) {
        int n = nextPerson++;
        Person person = person(TestCprs.cpr(birthDate, SERIES, n % 2 == 0 ? Gender.MALE : Gender.FEMALE),
                "Brev Person " + n, address("addr-letters-" + n));
        persons.store(person);
        return person;
    }

    private PrintSimulator startPrint(int port) {
        PrintSimulator started = PrintSimulator.start(port, PrintSimulator.Options.defaults()
                .withClock(new LateClock(() -> this.clock)).withReportRetry(Duration.ofMillis(20), Duration.ofMillis(200)));
        if (server != null) {
            started.reportTo(URI.create(server.getURL() + "/print/reports"), SECRET);
        }
        return started;
    }
}
