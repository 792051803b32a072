package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.GlobalConfigurationBodies.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.GlobalConfigurationBodies;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The configuration over HTTP (CFG-1..CFG-3). Local configurations are changed only in municipalities no other test
 * class uses (Roskilde 265, Greve 253, Solrød 269); the global configuration is put back after every test. Audit
 * lines are told apart by this class's own actors.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigurationApiTest {

    private static final String ROSKILDE = "265";
    private static final String GREVE = "253";
    private static final String SOLROED = "269";
    /** Each test changes as an operator of its own name, so that its audit lines are its own. */
    private static final String OPERATOR = "national-operator-cfg-api-test";
    private static final String RESTORER = "national-operator-cfg-api-test-restore";

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject JsonMapper json;
    ApiClient api;
    GlobalConfigurationBodies global;

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        global = new GlobalConfigurationBodies(api.as(operator()).get("/configuration/global")
                .then().statusCode(200).extract().asString(), json);
    }

    @AfterEach
    void putTheGlobalConfigurationBack() {
        api.as(tokens.token(RESTORER, "SYSTEM", Map.of())).contentType("application/json").body(global.original())
                .put("/configuration/global").then().statusCode(200);
    }

    @Test
    @DisplayName("CFG-1 the global configuration for all 98 municipalities: a deadline per task type, distance limit, consent 8, dispensation 14, card pre-order 14, A42/P10 3, 15-year letter 21, vulnerable birth 1 day, fee base 190 kr (2015) and yearly adjustment; changed, it holds and is audited")
    void CFG1_global_configuration() {
        JsonPath initial = api.as(tokens.caseworker(ROSKILDE, "cw-265-cfg")).get("/configuration/global")
                .then().statusCode(200).extract().jsonPath();
        assertThat(initial.getMap("taskDeadlineDays")).containsOnlyKeys(Arrays.stream(TaskType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(initial.getDouble("distanceLimitKm")).isEqualTo(15.0);
        assertThat(initial.getInt("consentPeriodDays")).isEqualTo(8);
        assertThat(initial.getInt("dispensationAnswerDays")).isEqualTo(14);
        assertThat(initial.getInt("cardPreOrderDays")).isEqualTo(14);
        assertThat(initial.getInt("addressChangeCardDelayDays")).isEqualTo(3);
        assertThat(initial.getInt("fifteenYearLetterDelayDays")).isEqualTo(21);
        assertThat(initial.getInt("vulnerableBirthWindowDays")).isEqualTo(1);
        assertThat(initial.getDouble("cardFee.baseKroner")).isEqualTo(190.0);
        assertThat(initial.getInt("cardFee.baseYear")).isEqualTo(2015);
        assertThat(initial.getInt("effectiveDateWindows.caseworker.daysBack")).isEqualTo(14);

        String changed = global.with(body -> {
            body.put("consentPeriodDays", 10);
            object(body, "taskDeadlineDays").put("LUNA_REFUSAL", 5);
            object(object(body, "cardFee"), "yearlyAdjustmentPercent").put("2026", 2.1);
        });
        JsonPath answer = api.as(operator()).contentType("application/json").body(changed).put("/configuration/global")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getInt("consentPeriodDays")).isEqualTo(10);

        JsonPath read = api.as(tokens.administrator(GREVE, "adm-253-cfg")).get("/configuration/global")
                .then().statusCode(200).extract().jsonPath();
        assertThat(read.getInt("consentPeriodDays")).isEqualTo(10);
        assertThat(read.getInt("taskDeadlineDays.LUNA_REFUSAL")).isEqualTo(5);
        assertThat(read.getFloat("cardFee.yearlyAdjustmentPercent.'2026'")).isEqualTo(2.1f);

        List<Map<String, Object>> audit = changesBy(OPERATOR, "scope=GLOBAL");
        assertThat(audit).extracting(line -> line.get("setting") + ": " + line.get("oldValue") + " -> " + line.get("newValue"))
                .containsExactlyInAnyOrder("consentPeriodDays: 8 -> 10", "taskDeadlineDays.LUNA_REFUSAL: 14 -> 5",
                        "cardFee.yearlyAdjustmentPercent.2026: null -> 2.1");
        assertThat(audit).allSatisfy(line -> {
            assertThat(line.get("scope")).isEqualTo("GLOBAL");
            assertThat(line).doesNotContainKey("municipalityCode");
            assertThat(line.get("changedAt")).isNotNull();
        });
    }

    @Test
    @DisplayName("CFG-1 validation: a negative period, an unknown task type or a task type without a deadline is 400 naming the setting, and nothing changes")
    void CFG1_invalid_global_settings() {
        String operator = tokens.token(OPERATOR + "-invalid", "SYSTEM", Map.of());
        api.wrongRequest().header("Authorization", "Bearer " + operator).contentType("application/json")
                .body(global.with(body -> body.put("consentPeriodDays", -1))).put("/configuration/global")
                .then().statusCode(400).body("type", equalTo("urn:sygesikring:problem:invalid-request"))
                .body("invalidParams.name", hasItem("consentPeriodDays"));

        api.as(operator).contentType("application/json").body(global.with(body -> {
                    object(body, "taskDeadlineDays").put("COFFEE_BREAK", 1);
                    object(body, "taskDeadlineDays").remove("MASS_ASSIGNMENT");
                })).put("/configuration/global")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("taskDeadlineDays.COFFEE_BREAK", "taskDeadlineDays.MASS_ASSIGNMENT"))
                .body("invalidParams.find { it.name == 'taskDeadlineDays.MASS_ASSIGNMENT' }.reason",
                        equalTo("is required: every task type has a deadline"));

        api.as(operator).contentType("application/json").body(global.with(body ->
                        object(object(body, "cardFee"), "yearlyAdjustmentPercent").put("2010", 1.0)))
                .put("/configuration/global")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cardFee.yearlyAdjustmentPercent.2010"));

        assertThat(api.as(operator()).get("/configuration/global").then().statusCode(200).extract().asString())
                .isEqualTo(global.original());
        assertThat(changesBy(OPERATOR + "-invalid", "scope=GLOBAL")).isEmpty();
    }

    @Test
    @DisplayName("CFG-2 a municipality's local configuration: ad-hoc task deadline, payment channels, up to 25 high road codes, remote print supplier with its identifiers, Nets key, session timeout; defaults until set")
    void CFG2_local_configuration() {
        String administrator = tokens.administrator(ROSKILDE, "adm-265-cfg");
        JsonPath defaults = api.as(administrator).get("/configuration/local/{code}", ROSKILDE)
                .then().statusCode(200).extract().jsonPath();
        assertThat(defaults.getString("municipalityCode")).isEqualTo(ROSKILDE);
        assertThat(defaults.getInt("adHocTaskDeadlineDays")).isEqualTo(14);
        assertThat(defaults.getList("paymentChannels")).isEmpty();
        assertThat(defaults.getList("highRoadCodes")).isEmpty();
        assertThat(defaults.getString("remotePrintSupplier")).isNull();
        assertThat(defaults.getString("netsKeyReference")).isNull();
        assertThat(defaults.getInt("sessionTimeoutMinutes")).isEqualTo(480);

        String roadCodes = IntStream.rangeClosed(9901, 9925).mapToObj(code -> "\"" + code + "\"")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        String own = """
                {"adHocTaskDeadlineDays":7,"paymentChannels":["Gebyrfrit","Kommune-Kasse","Bankoverførsel"],
                 "highRoadCodes":[%s],
                 "remotePrintSupplier":{"name":"Strålfors","shipmentTypeId":"20","senderSystemId":"5059"},
                 "netsKeyReference":"vault:nets/265","sessionTimeoutMinutes":60}""".formatted(roadCodes);
        api.as(administrator).contentType("application/json").body(own).put("/configuration/local/{code}", ROSKILDE)
                .then().statusCode(200).body("municipalityCode", equalTo(ROSKILDE))
                .body("remotePrintSupplier.shipmentTypeId", equalTo("20"));

        JsonPath read = api.as(tokens.caseworker(ROSKILDE, "cw-265-cfg")).get("/configuration/local/{code}", ROSKILDE)
                .then().statusCode(200).extract().jsonPath();
        assertThat(read.getInt("adHocTaskDeadlineDays")).isEqualTo(7);
        assertThat(read.getList("paymentChannels")).containsExactly("Gebyrfrit", "Kommune-Kasse", "Bankoverførsel");
        assertThat(read.getList("highRoadCodes")).hasSize(25).startsWith("9901");
        assertThat(read.getString("remotePrintSupplier.name")).isEqualTo("Strålfors");
        assertThat(read.getString("remotePrintSupplier.senderSystemId")).isEqualTo("5059");
        assertThat(read.getString("netsKeyReference")).isEqualTo("vault:nets/265");
        assertThat(read.getInt("sessionTimeoutMinutes")).isEqualTo(60);
        assertThat(api.as(tokens.administrator(GREVE, "adm-253-cfg")).get("/configuration/local/{code}", GREVE)
                .then().statusCode(200).extract().jsonPath().getInt("adHocTaskDeadlineDays")).isEqualTo(14);

        String twentySix = own.replace("\"9901\"", "\"9901\",\"9926\"");
        api.wrongRequest().header("Authorization", "Bearer " + administrator).contentType("application/json")
                .body(twentySix).put("/configuration/local/{code}", ROSKILDE)
                .then().statusCode(400).body("invalidParams.name", hasItem("highRoadCodes"));
        api.as(administrator).contentType("application/json").body(own.replace("\"9902\"", "\"9901\""))
                .put("/configuration/local/{code}", ROSKILDE)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("highRoadCodes"))
                .body("invalidParams[0].reason", equalTo("the road code 9901 is listed twice"));
        api.as(administrator).contentType("application/json").body(own.replace("{\"adHocTaskDeadlineDays\"",
                        "{\"municipalityCode\":\"253\",\"adHocTaskDeadlineDays\""))
                .put("/configuration/local/{code}", ROSKILDE)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("municipalityCode"));
        assertThat(api.as(administrator).get("/configuration/local/{code}", ROSKILDE).then().statusCode(200)
                .extract().jsonPath().getList("highRoadCodes")).hasSize(25);
        api.as(operator()).get("/configuration/local/{code}", "999").then().statusCode(404)
                .body("type", equalTo("urn:sygesikring:problem:municipality-not-found"));
    }

    @Test
    @DisplayName("CFG-3 only administrators change configuration: a municipality's own administrator its local one, the national operator (SYSTEM) the global one; everyone else is refused; every change is audited: who, when, which setting, old and new value")
    void CFG3_only_administrators_change_and_every_change_is_audited() {
        String solroedAdministrator = tokens.administrator(SOLROED, "adm-269-cfg");
        String greveAdministrator = tokens.administrator(GREVE, "adm-253-cfg");
        String body = """
                {"adHocTaskDeadlineDays":3,"paymentChannels":["Gebyrfrit"],"highRoadCodes":[],"sessionTimeoutMinutes":480}""";

        api.as(greveAdministrator).contentType("application/json").body(body).put("/configuration/local/{code}", SOLROED)
                .then().statusCode(403).body("rule", equalTo("CFG-3"))
                .body("type", equalTo("urn:sygesikring:problem:local-configuration-by-own-administrator-only"));
        api.as(tokens.specialCaseworker(SOLROED, "cw-269-cfg")).contentType("application/json").body(body)
                .put("/configuration/local/{code}", SOLROED).then().statusCode(403);
        api.as(operator()).contentType("application/json").body(body).put("/configuration/local/{code}", SOLROED)
                .then().statusCode(403);
        api.as(solroedAdministrator).contentType("application/json")
                .body(global.with(changed -> changed.put("consentPeriodDays", 2))).put("/configuration/global")
                .then().statusCode(403);
        api.as(tokens.caseworker(SOLROED, "cw-269-cfg")).contentType("application/json")
                .body(global.with(changed -> changed.put("consentPeriodDays", 2))).put("/configuration/global")
                .then().statusCode(403);
        assertThat(api.as(solroedAdministrator).get("/configuration/local/{code}", SOLROED).then().statusCode(200)
                .extract().jsonPath().getInt("adHocTaskDeadlineDays")).isEqualTo(14);
        assertThat(api.as(solroedAdministrator).get("/configuration/global").then().statusCode(200)
                .extract().jsonPath().getInt("consentPeriodDays")).isEqualTo(8);

        api.as(solroedAdministrator).contentType("application/json").body(body).put("/configuration/local/{code}", SOLROED)
                .then().statusCode(200).body("adHocTaskDeadlineDays", equalTo(3));
        api.as(solroedAdministrator).contentType("application/json").body(body).put("/configuration/local/{code}", SOLROED)
                .then().statusCode(200); // the same again changes nothing and adds no audit line

        List<Map<String, Object>> audit = api.as(solroedAdministrator).get("/configuration/changes?municipality={code}", SOLROED)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(audit).extracting(line -> line.get("setting") + ": " + line.get("oldValue") + " -> " + line.get("newValue"))
                .containsExactlyInAnyOrder("adHocTaskDeadlineDays: 14 -> 3", "paymentChannels: [] -> [\"Gebyrfrit\"]");
        assertThat(audit).allSatisfy(line -> {
            assertThat(line.get("changedBy")).isEqualTo(Map.of("role", "MUNICIPAL_ADMIN", "id", "adm-269-cfg"));
            assertThat(line.get("scope")).isEqualTo("LOCAL");
            assertThat(line.get("municipalityCode")).isEqualTo(SOLROED);
            assertThat(line.get("changedAt")).isNotNull();
        });
        assertThat(api.as(operator()).get("/configuration/changes?scope=LOCAL&municipality={code}", SOLROED)
                .then().statusCode(200).extract().jsonPath().getList("$")).hasSize(2);
        assertThat(api.as(greveAdministrator).get("/configuration/changes").then().statusCode(200).extract().jsonPath()
                .getList("municipalityCode")).doesNotContain(SOLROED);
    }

    @Test
    @DisplayName("ROLE-2 a municipality's configuration and its changes are read in that municipality only; citizens read no configuration")
    void reading_in_own_municipality_only() {
        api.as(tokens.caseworker(GREVE, "cw-253-cfg")).get("/configuration/local/{code}", SOLROED)
                .then().statusCode(403).body("rule", equalTo("ROLE-2"))
                .body("type", equalTo("urn:sygesikring:problem:configuration-of-another-municipality"));
        api.as(tokens.administrator(GREVE, "adm-253-cfg")).get("/configuration/changes?municipality={code}", SOLROED)
                .then().statusCode(403).body("rule", equalTo("ROLE-2"));
        api.as(tokens.caseworker(GREVE, "cw-253-cfg")).get("/configuration/changes").then().statusCode(403)
                .body("rule", nullValue());
        api.as(tokens.citizen("0101801231")).get("/configuration/global").then().statusCode(403);
        api.as(operator()).get("/configuration/changes?from=2026-11-22&to=2026-11-21").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("to"));
    }

    private String operator() {
        return tokens.token(OPERATOR, "SYSTEM", Map.of());
    }

    private List<Map<String, Object>> changesBy(String actorId, String query) {
        List<Map<String, Object>> lines = api.as(operator()).get("/configuration/changes?" + query + "&limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return lines.stream().filter(line -> actorId.equals(((Map<?, ?>) line.get("changedBy")).get("id"))).toList();
    }
}
