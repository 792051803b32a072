package dk.sygesikring.simulators.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.WellKnown;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CPR simulator over real HTTP; each test gets its own simulator, so changes made by one never leak.
 * These tests prove the simulator, a stand-in for the real system; they name no rule ID, because the service's own
 * tests (adapters and adapters/server) are what prove the rules against it.
 */
class CprSimulatorTest {

    private static final DemoPopulation POPULATION = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Cpr UNKNOWN = Cpr.of("0101011234");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private CprSimulator simulator;

    @BeforeEach
    void start() {
        simulator = CprSimulator.start(POPULATION, 0);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    @DisplayName("looking up a known person gives the person every relation and the related persons")
    void looking_up_a_known_person_gives_the_person_every_relation_and_the_related_persons() throws Exception {
        HttpResponse<String> response = get("/cpr/persons/" + WellKnown.KBH_FATHER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        Map<String, Object> body = JSON.readValue(response.body(), JSON_OBJECT);
        assertThat(object(body, "person")).containsEntry("cpr", "1503839901").containsEntry("name", "Mads Nørgaard")
                .containsEntry("status", "ACTIVE").containsEntry("civilStatus", "MARRIED");
        assertThat(list(body, "relations")).containsExactlyInAnyOrder(
                Map.of("type", "SPOUSE", "holderCpr", "1503839901", "subjectCpr", "2207859902"),
                Map.of("type", "CUSTODY", "holderCpr", "1503839901", "subjectCpr", "1006149904"),
                Map.of("type", "CUSTODY", "holderCpr", "1503839901", "subjectCpr", "0309189905"));
        assertThat(list(body, "relatedPersons")).extracting(person -> person.get("cpr"))
                .containsExactlyInAnyOrder("2207859902", "1006149904", "0309189905");
    }

    @Test
    @DisplayName("the wire format has exactly the agreed fields and writes nulls")
    void the_wire_format_has_exactly_the_agreed_fields_and_writes_nulls() throws Exception {
        Map<String, Object> body = JSON.readValue(get("/cpr/persons/" + WellKnown.GUARDIAN).body(), JSON_OBJECT);

        assertThat(body).containsOnlyKeys("person", "relations", "relatedPersons");
        Map<String, Object> person = object(body, "person");
        assertThat(person).containsOnlyKeys("cpr", "name", "status", "civilStatus", "nameAndAddressProtected",
                "supplementaryAddress", "address");
        assertThat(person).containsEntry("nameAndAddressProtected", false).containsEntry("supplementaryAddress", null);
        Map<String, Object> address = object(person, "address");
        assertThat(address).containsOnlyKeys("street", "houseNumber", "floor", "door", "postcode", "city", "roadCode",
                "municipalityCode", "addressId", "latitude", "longitude");
        assertThat(address).containsEntry("street", "Bøgebakken").containsEntry("houseNumber", "7")
                .containsEntry("floor", null).containsEntry("door", null)
                .containsEntry("postcode", "2840").containsEntry("city", "Holte").containsEntry("municipalityCode", "230");
        assertThat(((Number) address.get("latitude")).doubleValue()).isEqualTo(55.8151);
        assertThat(list(body, "relations")).containsExactly(
                Map.of("type", "GUARDIANSHIP", "holderCpr", "2811629942", "subjectCpr", "1709969941"));
    }

    @Test
    @DisplayName("an inactive person without a known address has address null")
    void an_inactive_person_without_a_known_address_has_address_null() throws Exception {
        Person homeless = POPULATION.persons().stream()
                .filter(person -> !person.isActive() && person.address() == null)
                .findFirst().orElseThrow();

        Map<String, Object> person = object(JSON.readValue(get("/cpr/persons/" + homeless.cpr()).body(), JSON_OBJECT), "person");

        assertThat(person).containsEntry("status", "INACTIVE").containsEntry("address", null);
    }

    @Test
    @DisplayName("protection and supplementary address are passed on")
    void protection_and_supplementary_address_are_passed_on() throws Exception {
        Map<String, Object> isProtected = object(JSON.readValue(
                get("/cpr/persons/" + WellKnown.PROTECTED_CHILD).body(), JSON_OBJECT), "person");
        Map<String, Object> supplementary = object(JSON.readValue(
                get("/cpr/persons/" + WellKnown.SUPPLEMENTARY_ADDRESS).body(), JSON_OBJECT), "person");

        assertThat(isProtected).containsEntry("nameAndAddressProtected", true);
        assertThat(supplementary).containsEntry("supplementaryAddress", "Calle Mayor 10, 28013 Madrid, Spanien");
    }

    @Test
    void an_unknown_cpr_number_is_404_with_a_json_body() throws Exception {
        HttpResponse<String> response = get("/cpr/persons/" + UNKNOWN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readValue(response.body(), JSON_OBJECT)).containsKey("error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abcdefghij", "3102901234", "010101-1234", "01010112345"})
    @DisplayName("a malformed cpr number is 400")
    void a_malformed_cpr_number_is_400(String malformed) throws Exception {
        HttpResponse<String> response = get("/cpr/persons/" + malformed);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readValue(response.body(), JSON_OBJECT)).containsKey("error");
    }

    @Test
    void a_person_put_into_the_simulator_is_then_looked_up_with_relations_both_ways() throws Exception {
        Person mother = POPULATION.person(WellKnown.KBH_MOTHER).orElseThrow();
        Person newborn = new Person(Cpr.of("0111254412"), "Alma Nørgaard", CprStatus.ACTIVE, CivilStatus.UNMARRIED,
                mother.address(), false, null);
        CprRecord record = new CprRecord(newborn,
                List.of(Relation.custody(WellKnown.KBH_MOTHER, newborn.cpr()), Relation.custody(WellKnown.KBH_FATHER, newborn.cpr())),
                List.of(mother, POPULATION.person(WellKnown.KBH_FATHER).orElseThrow()));

        HttpResponse<String> put = put("/cpr/persons/" + newborn.cpr(), JSON.writeValueAsString(CprWireFormat.toJson(record)));

        assertThat(put.statusCode()).isEqualTo(204);
        Map<String, Object> body = JSON.readValue(get("/cpr/persons/" + newborn.cpr()).body(), JSON_OBJECT);
        assertThat(object(body, "person")).containsEntry("name", "Alma Nørgaard");
        assertThat(object(object(body, "person"), "address")).containsEntry("addressId", mother.address().addressId());
        assertThat(list(body, "relatedPersons")).extracting(person -> person.get("cpr"))
                .containsExactlyInAnyOrder(WellKnown.KBH_MOTHER.value(), WellKnown.KBH_FATHER.value());
        Map<String, Object> motherNow = JSON.readValue(get("/cpr/persons/" + WellKnown.KBH_MOTHER).body(), JSON_OBJECT);
        assertThat(list(motherNow, "relations")).contains(
                Map.of("type", "CUSTODY", "holderCpr", WellKnown.KBH_MOTHER.value(), "subjectCpr", "0111254412"));
    }

    @Test
    void a_put_replaces_the_person_and_the_relations_involving_them() throws Exception {
        Person ward = POPULATION.person(WellKnown.UNDER_GUARDIANSHIP).orElseThrow();
        Address moved = new Address("Nørregade", "1", null, null, "1165", "København K", "0100",
                MunicipalityCode.of("101"), "demo-moved", new Coordinates(55.68, 12.57));
        Person movedWard = new Person(ward.cpr(), ward.name(), CprStatus.ACTIVE, CivilStatus.UNMARRIED, moved, false, null);

        assertThat(put("/cpr/persons/" + ward.cpr(),
                JSON.writeValueAsString(CprWireFormat.toJson(new CprRecord(movedWard, List.of(), List.of())))).statusCode())
                .isEqualTo(204);

        Map<String, Object> body = JSON.readValue(get("/cpr/persons/" + ward.cpr()).body(), JSON_OBJECT);
        assertThat(object(object(body, "person"), "address")).containsEntry("addressId", "demo-moved");
        assertThat(list(body, "relations")).isEmpty();
        assertThat(list(JSON.readValue(get("/cpr/persons/" + WellKnown.GUARDIAN).body(), JSON_OBJECT), "relations")).isEmpty();
    }

    @Test
    void a_put_that_does_not_describe_a_valid_person_is_400_and_changes_nothing() throws Exception {
        Person father = POPULATION.person(WellKnown.KBH_FATHER).orElseThrow();
        String otherPerson = JSON.writeValueAsString(CprWireFormat.toJson(new CprRecord(father, List.of(), List.of())));
        String relationToNobody = JSON.writeValueAsString(CprWireFormat.toJson(new CprRecord(father,
                List.of(Relation.custody(father.cpr(), UNKNOWN)), List.of())));

        assertThat(put("/cpr/persons/" + WellKnown.KBH_MOTHER, otherPerson).statusCode()).isEqualTo(400);
        assertThat(put("/cpr/persons/" + father.cpr(), relationToNobody).statusCode()).isEqualTo(400);
        assertThat(put("/cpr/persons/" + father.cpr(), "{\"person\": {\"cpr\": \"1503839901\"}}").statusCode()).isEqualTo(400);
        assertThat(put("/cpr/persons/" + father.cpr(), "not json").statusCode()).isEqualTo(400);
        assertThat(list(JSON.readValue(get("/cpr/persons/" + father.cpr()).body(), JSON_OBJECT), "relations")).hasSize(3);
    }

    @Test
    @DisplayName("an injected 503 answers every cpr request until cleared")
    void an_injected_503_answers_every_cpr_request_until_cleared() throws Exception {
        String known = "/cpr/persons/" + WellKnown.KBH_FATHER;

        assertThat(put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);
        assertThat(get(known).statusCode()).isEqualTo(503);
        assertThat(get("/cpr/persons/" + UNKNOWN).statusCode()).isEqualTo(503);
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(JSON.readValue(get("/simulator/fault").body(), JSON_OBJECT)).containsEntry("status", 503);

        assertThat(delete("/simulator/fault").statusCode()).isEqualTo(204);
        assertThat(get(known).statusCode()).isEqualTo(200);

        put("/simulator/fault", "{\"status\": 500}");
        assertThat(get(known).statusCode()).isEqualTo(500);
        assertThat(put("/simulator/fault", "{}").statusCode()).isEqualTo(204);
        assertThat(get(known).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("an injected delay answers late")
    void an_injected_delay_answers_late() throws Exception {
        put("/simulator/fault", "{\"delayMillis\": 400}");

        long started = System.nanoTime();
        HttpResponse<String> response = get("/cpr/persons/" + WellKnown.KBH_FATHER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void a_fault_that_is_no_error_status_is_refused() throws Exception {
        assertThat(put("/simulator/fault", "{\"status\": 200}").statusCode()).isEqualTo(400);
        assertThat(put("/simulator/fault", "{\"delayMillis\": -5}").statusCode()).isEqualTo(400);
        assertThat(get("/cpr/persons/" + WellKnown.KBH_FATHER).statusCode()).isEqualTo(200);
    }

    @Test
    void health_is_200_and_other_methods_are_405() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/cpr/persons/" + WellKnown.KBH_FATHER))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, PUT");
    }

    @Test
    void listens_on_the_port_it_reports() {
        assertThat(simulator.port()).isPositive();
        assertThat(simulator.baseUrl()).isEqualTo("http://localhost:" + simulator.port());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(simulator.baseUrl() + path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> json, String field) {
        return (Map<String, Object>) json.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }
}
