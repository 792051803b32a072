package dk.sygesikring.server.letter;

import static dk.sygesikring.server.support.Waiting.await;
import static dk.sygesikring.server.support.Waiting.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.GlobalConfigurationBodies;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestDates;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DOC-17 in the running service: the daily run of the 15-year letters is a db-scheduler recurring task, registered at
 * start and run at its Danish time on one of the instances on the database. The run's day is 10 March 2027, after
 * the clock of every other class, so its execution falls due only when this class moves the clock there; the persons
 * due that day (born 17 February 2012) are this class's own (series 33 and 34), and while the run is watched the
 * window is one day, so no other class's person is due.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FifteenYearLetterApiTest implements TestPropertyProvider {

    private static final int SERIES = 33;
    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate RUN_DAY = LocalDate.of(2027, 3, 10);
    /** 15 on 17 February 2027, the letter due 21 days later, on the run's day. */
    private static final LocalDate BORN_DUE = LocalDate.of(2012, 2, 17);

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    @Inject MutableClock clock;
    @Inject JsonMapper json;
    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;
    ApiClient api;

    final Person due = TestPersons.person(TestCprs.cpr(BORN_DUE, SERIES, Gender.FEMALE), "Freja Femten",
            TestPersons.address("addr-fifteen-due"));
    final Person protectedChild = new Person(TestCprs.cpr(BORN_DUE, SERIES, Gender.MALE), "Beskyttet Dreng",
            CprStatus.ACTIVE, CivilStatus.UNMARRIED, TestPersons.address("addr-fifteen-protected"), true, null);
    final Person emigrated = new Person(TestCprs.cpr(BORN_DUE, SERIES + 1, Gender.FEMALE), "Udvandret Pige",
            CprStatus.INACTIVE, CivilStatus.UNMARRIED, null, false, null);
    /** Due the day before the run's: outside a one-day window. */
    final Person dueTheDayBefore = TestPersons.person(TestCprs.cpr(BORN_DUE.minusDays(1), SERIES, Gender.FEMALE),
            "Ida Igår", TestPersons.address("addr-fifteen-before"));

    /** The daily run on, with the scheduler that starts it, polling every second. */
    private static final Map<String, String> RUN_ON = Map.of("sygesikring.fifteen-year-letters.enabled", "true",
            "sygesikring.deadlines.enabled", "true", "sygesikring.deadlines.polling-interval", "1s");

    @Override
    public Map<String, String> getProperties() {
        return RUN_ON;
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        persons.store(due, protectedChild, emigrated, dueTheDayBefore);
    }

    @Test
    @DisplayName("DOC-17 the daily run is registered with db-scheduler at start: its next execution is stored in PostgreSQL, at 01:30 Danish time")
    void DOC17_the_recurring_task_is_registered() {
        List<Instant> executions = query("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'fifteen-year-letters'",
                rows -> rows.getTimestamp(1).toInstant());

        assertThat(executions).singleElement()
                .satisfies(at -> assertThat(at.atZone(DANISH).toLocalTime()).isEqualTo(LocalTime.of(1, 30)));
    }

    @Test
    @DisplayName("DOC-17 the days the run looks back are the global configuration's fifteenYearLetterCatchUpDays: 14 to begin with, 0 refused naming it")
    void DOC17_the_catch_up_is_configured() {
        GlobalConfigurationBodies global = new GlobalConfigurationBodies(api.as(operator()).get("/configuration/global")
                .then().statusCode(200).body("fifteenYearLetterCatchUpDays", equalTo(14))
                .body("fifteenYearLetterDelayDays", equalTo(21)).extract().asString(), json);

        api.wrongRequest().header("Authorization", "Bearer " + operator()).contentType("application/json")
                .body(global.with(body -> body.put("fifteenYearLetterCatchUpDays", 0))).put("/configuration/global")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("fifteenYearLetterCatchUpDays"));
        api.as(operator()).get("/configuration/global").then().statusCode(200).body("fifteenYearLetterCatchUpDays", equalTo(14));
    }

    @Test
    @DisplayName("DOC-17 LET-3 at 01:30 Danish time one of two service instances runs the day: the 15-year-old due gets one letter in a FIFTEEN_YEAR_LETTER forløb; the protected child's is held back (activity CANCELLED); the emigrated and the one due the day before get none")
    void DOC17_the_daily_run_on_one_of_two_instances() {
        GlobalConfigurationBodies global = new GlobalConfigurationBodies(api.as(operator()).get("/configuration/global")
                .then().statusCode(200).extract().asString(), json);
        Map<String, Object> properties = new HashMap<>(RUN_ON);
        try (ApplicationContext otherInstance = ApplicationContext.run(properties, "test")) {
            api.as(operator()).contentType("application/json")
                    .body(global.with(body -> body.put("fifteenYearLetterCatchUpDays", 1))).put("/configuration/global")
                    .then().statusCode(200).body("fifteenYearLetterCatchUpDays", equalTo(1));
            Instant runAt = RUN_DAY.atTime(1, 30, 5).atZone(DANISH).toInstant();
            clock.set(runAt);
            otherInstance.getBean(MutableClock.class).set(runAt);

            await(() -> lettersOf(due).size() == 1 && forloebOf(protectedChild).size() == 1);
            sleep(Duration.ofSeconds(3));

            List<Map<String, Object>> letters = lettersOf(due);
            assertThat(letters).singleElement().satisfies(letter -> assertThat(letter).containsEntry("kind", "FIFTEEN_YEAR"));
            api.as(caseworker()).get("/forloeb/{id}", letters.getFirst().get("forloebId")).then().statusCode(200)
                    .body("type", equalTo("FIFTEEN_YEAR_LETTER"))
                    .body("municipalityCode", equalTo("101"))
                    .body("activities[0].type", equalTo("SEND_LETTER"));
            assertThat(forloebOf(due)).as("one run, on one instance").hasSize(1);

            JsonPath heldBack = api.as(caseworker()).get("/persons/{cpr}/overview", protectedChild.cpr().value())
                    .then().statusCode(200).extract().jsonPath();
            assertThat(heldBack.getString("latestForloeb[0].type")).isEqualTo("FIFTEEN_YEAR_LETTER");
            assertThat(heldBack.getString("latestForloeb[0].status")).isEqualTo("COMPLETED");
            assertThat(heldBack.getString("latestForloeb[0].activities[0].state")).isEqualTo("CANCELLED");
            assertThat(lettersOf(protectedChild)).isEmpty();

            assertThat(forloebOf(emigrated)).isEmpty();
            assertThat(forloebOf(dueTheDayBefore)).as("due 9 March, outside the one-day window").isEmpty();
            assertThat(query("SELECT cpr FROM fifteen_year_letter WHERE cpr LIKE ?", rows -> rows.getString(1),
                    BORN_DUE.format(DateTimeFormatter.ofPattern("ddMMyy")) + "%"))
                    .containsExactlyInAnyOrder(due.cpr().value(), protectedChild.cpr().value());
        } finally {
            clock.set(TestDates.NOW);
            api.as(operator()).contentType("application/json").body(global.original()).put("/configuration/global")
                    .then().statusCode(200);
        }
    }

    private List<Map<String, Object>> lettersOf(Person person) {
        return api.as(caseworker()).get("/persons/{cpr}/letters", person.cpr().value()).then().statusCode(200)
                .extract().jsonPath().getList("letters");
    }

    /** The types of the forløb the person is the main person of, from the database. */
    private List<String> forloebOf(Person person) {
        return query("SELECT type FROM forloeb WHERE main_person_cpr = ?", rows -> rows.getString(1), person.cpr().value());
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, Column<T> column, Object... parameters) {
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(column.read(rows));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String caseworker() {
        return tokens.caseworker("101", "cw-101-fifteen");
    }

    private String operator() {
        return tokens.token("national-operator-fifteen-year-letters-test", "SYSTEM", Map.of());
    }
}
