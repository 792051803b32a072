package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value in a request is exactly the type the contract gives it: a number is not read from text, a fraction is
 * not cut to a whole number, "yes" is not true. Anything else is a 400 that names the field as the contract spells it
 * and says in plain words what it must be, before anything is read or written.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictRequestApiTest {

    private static final int SERIES = 93;
    private static final String ANY_FORLOEB = "8b7e4c1e-5d2a-4f0e-9a51-0c3f2d6b7a10";
    /** What a reason must never show: Java class names, converter messages, parser offsets. */
    private static final String JAVA_INTERNALS = "(?s).*(dk\\.sygesikring|java\\.|Failed to convert|unparsed text|index \\d|Unexpected token|Text '|Dto\\b).*";

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    ApiClient api;

    final Person person = person(TestCprs.cpr(bornYearsAgo(41, 3), SERIES, Gender.FEMALE), "Streng Type", address("addr-strict-1"));

    @BeforeAll
    void register() {
        api = new ApiClient(server);
        persons.store(person);
    }

    @Test
    @DisplayName("a group of 1.5 or \"2\" is a 400 naming group, and no group change is registered")
    void a_fraction_or_text_for_the_group_is_refused_and_nothing_is_registered() {
        for (String group : new String[] {"1.5", "\"2\"", "2.0", "true"}) {
            post("/persons/{cpr}/group-changes", "{\"group\":" + group + ",\"validFrom\":\"" + TODAY.plusDays(5) + "\"}", person.cpr().value())
                    .statusCode(400)
                    .body("type", equalTo("urn:sygesikring:problem:invalid-request"))
                    .body("invalidParams", hasSize(1))
                    .body("invalidParams[0].name", equalTo("group"))
                    .body("invalidParams[0].reason", equalTo("must be a whole number"));
        }
        api.as(caseworker()).get("/persons/{cpr}/group", person.cpr().value())
                .then().statusCode(200).body("pending", hasSize(0));
    }

    static Stream<Arguments> wrongTypesInBodies() {
        String validFrom = TODAY.plusDays(5).toString();
        String choice = "{\"persons\":[%s],\"providerNumber\":%s,\"validFrom\":\"" + validFrom + "\",\"reason\":\"SELF_CHOSEN\"%s}";
        String one = "{\"cpr\":\"0101801231\",\"consent\":\"YES\"}";
        return Stream.of(
                Arguments.of("/persons/0101801231/group-changes", "{\"group\":2,\"validFrom\":20261201}", "validFrom", "must be a date like 2026-12-01"),
                Arguments.of("/persons/0101801231/group-changes", "{\"group\":2,\"validFrom\":\"2026-12-01x\"}", "validFrom", "must be a date like 2026-12-01"),
                Arguments.of("/persons/0101801231/group-changes", "{\"group\":2,\"validFrom\":\"2026-02-30\"}", "validFrom", "must be a date like 2026-12-01"),
                Arguments.of("/persons/0101801231/group-changes", "{\"group\":3,\"validFrom\":\"" + validFrom + "\"}", "group", "must be one of 1, 2, 4, 5, 6, 7, 8, 9"),
                Arguments.of("/persons/0101801231/group-changes", "{\"validFrom\":\"" + validFrom + "\"}", "group", "is required"),
                Arguments.of("/persons/0101801231/group-changes", "[2]", "body", "must be a JSON object"),
                Arguments.of("/persons/0101801231/group-changes", "{\"group\":2,", "body", "is not valid JSON (line 1, column 12)"),
                Arguments.of("/persons/0101801231/group-changes", "{\"group\":2,\"group\":4,\"validFrom\":\"" + validFrom + "\"}", "group", "is given twice"),
                Arguments.of("/doctor-choices", choice.formatted(one, "50208", ""), "providerNumber", "must be text"),
                Arguments.of("/doctor-choices", choice.formatted(one, "\"50208\"", ""), "providerNumber", "must be 6 digits"),
                Arguments.of("/doctor-choices", choice.formatted("{\"cpr\":101801231}", "\"050208\"", ""), "persons[0].cpr", "must be text"),
                Arguments.of("/doctor-choices", choice.formatted(one + ",{\"cpr\":\"0101801231\",\"consent\":1}", "\"050208\"", ""), "persons[1].consent", "must be one of YES, NO, DONT_KNOW"),
                Arguments.of("/doctor-choices", choice.formatted(one, "\"050208\"", ",\"force\":\"true\""), "force", "must be true or false"),
                Arguments.of("/doctor-choices", choice.formatted(one, "\"050208\"", ",\"force\":1"), "force", "must be true or false"),
                Arguments.of("/doctor-choices", choice.formatted(one, "\"050208\"", ",\"newAddress\":{\"street\":\"Nørregade\",\"houseNumber\":\"12\","
                        + "\"postcode\":\"1165\",\"city\":\"København K\",\"roadCode\":\"4912\",\"municipalityCode\":\"101\",\"addressId\":\"a-1\","
                        + "\"latitude\":\"55.6\",\"longitude\":12.5}"), "newAddress.latitude", "must be a number"),
                Arguments.of("/doctor-choices", choice.formatted("", "\"050208\"", ""), "persons", "must have at least 1 entry"),
                Arguments.of("/doctor-choices", "{\"persons\":\"0101801231\",\"providerNumber\":\"050208\",\"validFrom\":\"" + validFrom + "\",\"reason\":\"SELF_CHOSEN\"}", "persons", "must be a list"),
                Arguments.of("/doctor-choices/" + ANY_FORLOEB + "/dispensation-answer", "{\"approved\":\"yes\"}", "approved", "must be true or false"),
                Arguments.of("/doctor-choices/" + ANY_FORLOEB + "/dispensation-answer", "{\"approved\":1}", "approved", "must be true or false"),
                Arguments.of("/doctor-choices/" + ANY_FORLOEB + "/dispensation-answer", "{\"approved\":true,\"note\":5}", "note", "must be text"));
    }

    @ParameterizedTest(name = "POST {0} {1} -> 400 naming {2}")
    @MethodSource("wrongTypesInBodies")
    void a_value_of_the_wrong_type_in_a_body_is_a_400_naming_the_field(String path, String body, String name, String reason) {
        post(path, body).statusCode(400)
                .body("type", equalTo("urn:sygesikring:problem:invalid-request"))
                .body("invalidParams[0].name", equalTo(name))
                .body("invalidParams[0].reason", equalTo(reason))
                .body(not(matchesPattern(JAVA_INTERNALS)));
    }

    @Test
    void a_consent_answer_that_is_not_text_is_a_400_naming_answer() {
        api.wrongRequest().header("Authorization", "Bearer " + caseworker()).contentType("application/json").body("{\"answer\":true}")
                .put("/doctor-choices/{id}/consents/{cpr}", ANY_FORLOEB, person.cpr().value())
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("answer"))
                .body("invalidParams[0].reason", equalTo("must be one of YES, NO, DONT_KNOW"));
    }

    static Stream<Arguments> wrongParameters() {
        return Stream.of(
                Arguments.of("/practitioners?limit=abc", "limit", "must be a whole number"),
                Arguments.of("/practitioners?limit=1.5", "limit", "must be a whole number"),
                Arguments.of("/practitioners?limit=0", "limit", "must be at least 1"),
                Arguments.of("/practitioners?limit=201", "limit", "must be at most 200"),
                Arguments.of("/practitioners?limit=99999999999", "limit", "must be at most 200"),
                Arguments.of("/practitioners?extended=yes", "extended", "must be true or false"),
                Arguments.of("/practitioners?extended=1", "extended", "must be true or false"),
                Arguments.of("/practitioners?municipality=101&municipality=12x", "municipality[1]", "must be 3 digits"),
                Arguments.of("/practitioners?q=" + "a".repeat(101), "q", "must be at most 100 characters"),
                Arguments.of("/persons/0101801231/doctor-choice-history?view=bad", "view", "must be one of current, cardOrders, registrations"),
                Arguments.of("/forloeb/not-a-uuid", "forloebId", "must be a UUID like 8b7e4c1e-5d2a-4f0e-9a51-0c3f2d6b7a10"),
                Arguments.of("/doctor-choices/1234", "forloebId", "must be a UUID like 8b7e4c1e-5d2a-4f0e-9a51-0c3f2d6b7a10"),
                Arguments.of("/persons/12345", "cpr", "must be 10 digits"),
                Arguments.of("/practitioners/5020", "providerNumber", "must be 6 digits"));
    }

    @ParameterizedTest(name = "GET {0} -> 400 naming {1}")
    @MethodSource("wrongParameters")
    void a_query_or_path_parameter_of_the_wrong_type_is_a_400_naming_it(String pathAndQuery, String name, String reason) {
        api.wrongRequest().header("Authorization", "Bearer " + caseworker()).urlEncodingEnabled(false).get(pathAndQuery)
                .then().statusCode(400)
                .body("type", equalTo("urn:sygesikring:problem:invalid-request"))
                .body("invalidParams[0].name", equalTo(name))
                .body("invalidParams[0].reason", equalTo(reason))
                .body(not(matchesPattern(JAVA_INTERNALS)));
    }

    @Test
    void an_idempotency_key_over_200_characters_is_named_as_the_header_is_spelled() {
        RequestSpecification request = api.wrongRequest().header("Authorization", "Bearer " + caseworker())
                .header("Idempotency-Key", "k".repeat(201)).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(5) + "\"}");
        request.post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("Idempotency-Key"))
                .body("invalidParams[0].reason", equalTo("must be at most 200 characters"));
        api.wrongRequest().header("Authorization", "Bearer " + caseworker())
                .header("Idempotency-Key", "two words").contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(5) + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("Idempotency-Key"))
                .body("detail", containsString("Idempotency-Key"));
    }

    @Test
    void every_wrong_field_of_a_body_is_named_at_once() {
        post("/persons/{cpr}/group-changes", "{\"group\":\"2\",\"validFrom\":1}", person.cpr().value())
                .statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("group", "validFrom"))
                .body("detail", equalTo("2 parameters are invalid: group, validFrom"));
    }

    @Test
    void without_a_token_a_wrong_body_is_401_not_400() {
        api.wrongRequest().contentType("application/json").body("{\"group\":1.5}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(401);
    }

    private ValidatableResponse post(String path, String body, Object... pathParams) {
        return api.wrongRequest().header("Authorization", "Bearer " + caseworker()).contentType("application/json").body(body)
                .post(path, pathParams).then();
    }

    private String caseworker() {
        return tokens.caseworker("101", "cw-101-strict");
    }
}
