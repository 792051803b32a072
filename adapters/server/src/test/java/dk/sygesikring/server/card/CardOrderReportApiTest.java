package dk.sygesikring.server.card;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.SaveConfigurationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.configuration.LocalConfiguration;
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
import dk.sygesikring.server.support.AuditLog;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestDates;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The card-order report over HTTP (AUD-2). A caseworker of Faaborg-Midtfyn (430), which no other test uses, orders
 * cards with the clock set around October 2026: one order in the last seconds of September, one at the first instant
 * of October (Danish time), two in the middle (one of them cancelled), one in the last seconds of October and one at
 * the first instant of November. The report of October has the four of October.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardOrderReportApiTest {

    private static final int SERIES = 63;
    private static final String MUNICIPALITY = "430";
    private static final String OCTOBER = "/municipalities/{code}/card-order-report?from=2026-10-01&to=2026-10-31";
    private static final String DOUBLE_QUOTED_CHANNEL = "Kasse \"Syd\"; Faaborg";
    private static final ProviderNumber DOCTOR = ProviderNumber.of("043001");

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject PractitionerRegisterPort register;
    @Inject RegistrationPort registrations;
    @Inject LoadConfigurationPort configuration;
    @Inject SaveConfigurationPort saveConfiguration;
    @Inject TransactionPort transactions;
    @Inject MutableClock clock;
    @Inject AuditLog auditLog;
    ApiClient api;
    int nextPerson;

    String fee;
    JsonPath firstOfOctober;
    JsonPath moved;
    JsonPath cancelled;
    JsonPath lastOfOctober;

    @BeforeAll
    void orders() {
        api = new ApiClient(server);
        transactions.inTransaction(() -> {
            register.savePractitioners(List.of(new Practitioner(DOCTOR, "Lægerne i Faaborg", home("addr-report-doctor"),
                    MunicipalityCode.of(MUNICIPALITY), PractitionerKind.REGULAR, true, 2000, 1800, 1000, Set.of())));
            LocalConfiguration local = configuration.lockLocal(MunicipalityCode.of(MUNICIPALITY)).orElseThrow();
            saveConfiguration.saveLocal(new LocalConfiguration(local.municipality(), local.adHocTaskDeadline(),
                    List.of("Kommune-Kasse", DOUBLE_QUOTED_CHANNEL), local.highRoadCodes(), local.remotePrintSupplier(),
                    local.netsKeyReference(), local.sessionTimeout()));
            return null;
        });
        clock.set(Instant.parse("2026-09-30T21:59:50Z")); // 30 September, 23:59:50 in Copenhagen (summer time)
        order("LOST", "Kommune-Kasse");
        clock.set(Instant.parse("2026-09-30T22:00:00Z")); // 1 October, 00:00
        firstOfOctober = order("LOST", DOUBLE_QUOTED_CHANNEL);
        clock.set(Instant.parse("2026-10-15T08:00:00Z"));
        moved = order("MOVE", null);
        cancelled = order("DAMAGED", "Kommune-Kasse");
        api.as(caseworker("cw-430-report")).post("/forloeb/{id}/cancel", cancelled.getString("forloeb.id")).then().statusCode(200);
        clock.set(Instant.parse("2026-10-31T22:59:50Z")); // 31 October, 23:59:50 in Copenhagen (winter time again)
        lastOfOctober = order("LOST", "Kommune-Kasse");
        clock.set(Instant.parse("2026-10-31T23:00:00Z")); // 1 November, 00:00
        order("LOST", "Kommune-Kasse");
        clock.set(TestDates.NOW);
        fee = new BigDecimal(lastOfOctober.getString("orders[0].fee.kroner")).setScale(2).toPlainString();
    }

    @AfterAll
    void clockBack() {
        clock.set(TestDates.NOW);
    }

    @Test
    @DisplayName("AUD-2 a caseworker's report of October as JSON: the orders of its Danish days, the totals, per reason and per payment, money with two decimals, and one audit line")
    void AUD2_json() {
        Response answer = api.as(caseworker("cw-430-json")).get(OCTOBER, MUNICIPALITY);
        answer.then().statusCode(200).contentType("application/json");
        JsonPath report = answer.jsonPath();

        assertThat(report.getList("rows.cardOrderId")).containsExactly(id(firstOfOctober), id(moved), id(cancelled), id(lastOfOctober));
        assertThat(report.getString("municipalityCode")).isEqualTo(MUNICIPALITY);
        assertThat(report.getInt("totals.orders")).isEqualTo(4);
        assertThat(report.getInt("totals.cardsMade")).isZero();
        assertThat(report.getInt("totals.charged.orders")).isEqualTo(3);
        assertThat(report.getInt("totals.free.orders")).isEqualTo(1);
        assertThat(report.getInt("totals.free.byExemption.find { it.exemption.number == 6 }.orders")).isEqualTo(1);
        assertThat(report.getList("totals.free.byExemption")).hasSize(9);
        assertThat(report.getInt("totals.cancelled")).isEqualTo(1);
        assertThat(report.getInt("byReason.find { it.reason == 'LOST' }.orders")).isEqualTo(2);
        assertThat(report.getList("byPayment.paymentChannel")).containsExactly(null, DOUBLE_QUOTED_CHANNEL, "Kommune-Kasse", null);
        assertThat(report.getList("byPayment.orders", Integer.class)).containsExactly(1, 1, 2, 0);
        assertThat(report.getString("rows[2].status")).isEqualTo("CANCELLED");
        assertThat(report.getInt("rows[1].exemptionNumber")).isEqualTo(6);
        String body = answer.asString();
        assertThat(body).as("the fees due: the cancelled order's is not")
                .contains("\"charged\":{\"orders\":3,\"dueKroner\":" + new BigDecimal(fee).multiply(BigDecimal.TWO) + "}")
                .contains("\"kroner\":0.00").contains("\"kroner\":" + fee);

        assertThat(auditLog.linesAbout(MUNICIPALITY + " 2026-10-01/2026-10-31")).filteredOn(line -> line.actorId().equals("cw-430-json"))
                .singleElement().satisfies(line -> {
                    assertThat(line.action()).isEqualTo("READ_CARD_ORDER_REPORT");
                    assertThat(line.actorRole()).isEqualTo("CASEWORKER");
                    assertThat(line.municipalityCode()).isEqualTo(MUNICIPALITY);
                });
    }

    @Test
    @DisplayName("AUD-2 the same report as CSV for a Danish spreadsheet: UTF-8 with a byte-order mark, semicolons, decimal comma, RFC 4180 quotes, Danish time, one line per order")
    void AUD2_csv() {
        Response answer = api.as(tokens.specialCaseworker(MUNICIPALITY, "cw-430-csv")).accept("text/csv").get(OCTOBER, MUNICIPALITY);
        answer.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"kortbestillinger-430-2026-10-01-2026-10-31.csv\""));
        assertThat(answer.getContentType()).containsIgnoringCase("charset=UTF-8");
        byte[] bytes = answer.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);

        assertThat(csv).endsWith("\r\n");
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.getFirst()).isEqualTo(
                "cardOrderId;createdAt;cpr;reason;kroner;feeDecision;exemptionNumber;payment;paymentChannel;status;notOrderedRule");
        String kroner = fee.replace('.', ',');
        assertThat(lines.get(1)).startsWith(id(firstOfOctober) + ";2026-10-01 00:00:0").contains(";" + firstOfOctober.getString("orders[0].cpr") + ";")
                .as("the channel quoted: it holds the separator and quotes").endsWith(
                        ";LOST;" + kroner + ";CHARGED;;AT_MUNICIPALITY;\"Kasse \"\"Syd\"\"; Faaborg\";ORDERED;");
        assertThat(lines.get(2)).startsWith(id(moved) + ";2026-10-15 10:00:").endsWith(";MOVE;0,00;EXEMPT;6;FREE;;ORDERED;");
        assertThat(lines.get(3)).endsWith(";DAMAGED;" + kroner + ";CHARGED;;AT_MUNICIPALITY;Kommune-Kasse;CANCELLED;");
        assertThat(lines.get(4)).startsWith(id(lastOfOctober) + ";2026-10-31 23:59:5");
    }

    @Test
    @DisplayName("AUD-2 the period: to before from, or more than 366 days, is 400 naming to (as problem+json also when CSV was asked for); 366 days and a single day are answered")
    void AUD2_period() {
        api.wrongRequest().header("Authorization", "Bearer " + administrator(MUNICIPALITY))
                .get("/municipalities/{code}/card-order-report?from=2026-10-31&to=2026-10-01", MUNICIPALITY)
                .then().statusCode(400).body("type", equalTo("urn:sygesikring:problem:invalid-request"))
                .body("invalidParams[0].name", equalTo("to")).body("invalidParams[0].reason", equalTo("must not be before from"));
        api.wrongRequest().header("Authorization", "Bearer " + administrator(MUNICIPALITY)).accept("text/csv")
                .get("/municipalities/{code}/card-order-report?from=2026-01-01&to=2027-01-02", MUNICIPALITY)
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("to"))
                .body("invalidParams[0].reason", equalTo("must be at most 365 days after from: a report covers at most 366 days"));
        api.wrongRequest().header("Authorization", "Bearer " + administrator(MUNICIPALITY))
                .get("/municipalities/{code}/card-order-report?from=2026-10-01", MUNICIPALITY)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
        api.as(administrator(MUNICIPALITY)).get("/municipalities/{code}/card-order-report?from=2026-01-01&to=2027-01-01", MUNICIPALITY)
                .then().statusCode(200).body("totals.orders", equalTo(6));
        api.as(administrator(MUNICIPALITY)).get("/municipalities/{code}/card-order-report?from=2026-11-01&to=2026-11-01", MUNICIPALITY)
                .then().statusCode(200).body("totals.orders", equalTo(1));
    }

    @Test
    @DisplayName("AUD-2 another municipality's caseworker or administrator is refused with the rule, a citizen by the operation's roles; the system reads any municipality, an unknown one is not found")
    void AUD2_readers() {
        for (String other : List.of(tokens.caseworker("461", "cw-461-report"), administrator("461"))) {
            api.as(other).get(OCTOBER, MUNICIPALITY).then().statusCode(403)
                    .body("type", equalTo("urn:sygesikring:problem:card-order-report-of-another-municipality"))
                    .body("rule", equalTo("ROLE-2"));
        }
        api.as(tokens.citizen(firstOfOctober.getString("orders[0].cpr"))).get(OCTOBER, MUNICIPALITY).then().statusCode(403)
                .body("type", equalTo("urn:sygesikring:problem:forbidden")).body("rule", nullValue());
        api.as(tokens.system()).get(OCTOBER, MUNICIPALITY).then().statusCode(200).body("totals.orders", equalTo(4));
        api.as(tokens.system()).get(OCTOBER, "999").then().statusCode(404)
                .body("type", equalTo("urn:sygesikring:problem:municipality-not-found"));
        api.wrongRequest().get(OCTOBER, MUNICIPALITY).then().statusCode(401);
    }

    private JsonPath order(String reason, String channel) {
        Person person = person();
        String body = "{\"cards\":[{\"cpr\":\"" + person.cpr().value() + "\",\"reason\":\"" + reason + "\"}]"
                + Optional.ofNullable(channel).map(name -> ",\"paymentChannel\":\"" + name.replace("\"", "\\\"") + "\"").orElse("")
                + "}";
        return api.as(caseworker("cw-430-report")).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/card-orders").then().statusCode(202).extract().jsonPath();
    }

    private static String id(JsonPath ordered) {
        return ordered.getString("orders[0].id");
    }

    private String caseworker(String id) {
        return tokens.caseworker(MUNICIPALITY, id);
    }

    private String administrator(String municipality) {
        return tokens.administrator(municipality, "adm-" + municipality + "-report");
    }

    /** A person of Faaborg in group 1 with DOCTOR. */
    private Person person() {
        Person person = TestPersons.person(TestCprs.cpr(bornYearsAgo(40, nextPerson++), SERIES, Gender.FEMALE), "Rikke Rapport",
                home("addr-report-" + nextPerson));
        persons.store(person);
        transactions.inTransaction(() -> {
            registrations.record(InsuranceRegistration.doctorChoice(person.cpr(), DOCTOR, TODAY.minusYears(2),
                    Instant.parse("2024-01-01T00:00:00Z"), UUID.randomUUID(), null));
            return null;
        });
        return person;
    }

    private static Address home(String addressId) {
        return new Address("Torvet", "2", null, null, "5600", "Faaborg", "0460", MunicipalityCode.of(MUNICIPALITY), addressId,
                new Coordinates(55.095, 10.242));
    }
}
