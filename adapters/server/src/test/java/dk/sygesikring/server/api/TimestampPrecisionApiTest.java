package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.TODAY;
import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A write answers with the times it stored, to the microsecond PostgreSQL keeps: reading the same resource back
 * gives the very same values, so a client can compare them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimestampPrecisionApiTest {

    private static final int SERIES = 94;

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    ApiClient api;

    final Person person = person(TestCprs.cpr(bornYearsAgo(52, 3), SERIES, Gender.MALE), "Tid Præcis", address("addr-precision-1"));

    @BeforeAll
    void register() {
        api = new ApiClient(server);
        persons.store(person);
    }

    @Test
    void a_writes_answer_equals_what_is_read_back() {
        String token = tokens.caseworker("101", "cw-101-precision");
        Map<String, Object> created = api.as(token).contentType("application/json")
                .body("{\"group\":2,\"validFrom\":\"" + TODAY.plusDays(7) + "\"}")
                .post("/persons/{cpr}/group-changes", person.cpr().value())
                .then().statusCode(202).extract().jsonPath().getMap("");
        String id = (String) created.get("id");
        assertThat(times(created)).isNotEmpty().allMatch(time -> !time.matches(".*\\.\\d{7,}.*"));
        assertThat(api.as(token).get("/forloeb/{id}", id).then().statusCode(200).extract().jsonPath().getMap(""))
                .isEqualTo(created);

        Map<String, Object> cancelled = api.as(token).post("/forloeb/{id}/cancel", id)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(cancelled.get("closedAt")).isNotNull();
        assertThat(api.as(token).get("/forloeb/{id}", id).then().statusCode(200).extract().jsonPath().getMap(""))
                .isEqualTo(cancelled);
    }

    /** Every date-time in the forløb: created, closed, each activity's and each detail's. */
    @SuppressWarnings("unchecked")
    private static List<String> times(Map<String, Object> forloeb) {
        java.util.ArrayList<String> times = new java.util.ArrayList<>();
        times.add((String) forloeb.get("createdAt"));
        for (Map<String, Object> activity : (List<Map<String, Object>>) forloeb.get("activities")) {
            times.add((String) activity.get("createdAt"));
        }
        for (Map<String, Object> detail : (List<Map<String, Object>>) forloeb.get("details")) {
            times.add((String) detail.get("changedAt"));
        }
        return times;
    }
}
