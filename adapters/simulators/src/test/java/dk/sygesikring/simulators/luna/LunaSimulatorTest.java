package dk.sygesikring.simulators.luna;

import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.simulators.http.SimulatorClient;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.WellKnown;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The LUNA simulator over real HTTP; each test gets its own simulator, so registrations made by one never leak.
 * These tests prove the simulator, a stand-in for the real system; they name no rule ID, because the service's own
 * tests (adapters and adapters/server) are what prove the rules against it.
 */
class LunaSimulatorTest {

    private static final DemoPopulation POPULATION = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private static final String SOFIE = WellKnown.KBH_MOTHER.value();
    private static final String UNKNOWN = "0101011234";
    private static final String FORLOEB = "0b8e2f43-7f5d-4a44-b0d4-8c1b9d1f6a10";
    private static final String CHOICE_OF_A_CLOSER_DOCTOR = doctorChoice(SOFIE, WellKnown.FREDERIKSBERG_PRACTICE.value());

    private LunaSimulator simulator;
    private SimulatorClient luna;

    @BeforeEach
    void start() {
        simulator = LunaSimulator.start(POPULATION, 0);
        luna = new SimulatorClient(simulator.baseUrl());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    @DisplayName("a doctor choice is registered with 201 and heads the history with the one before ended")
    void a_doctor_choice_is_registered_with_201_and_heads_the_history_with_the_one_before_ended() {
        HttpResponse<String> response = register("key-1", CHOICE_OF_A_CLOSER_DOCTOR);

        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> registered = object(response);
        assertThat(registered).containsOnlyKeys("registrationId", "registeredAt");
        assertThat(list(luna.get("/luna/persons/" + SOFIE + "/history"))).satisfiesExactly(
                newest -> assertThat(newest)
                        .containsEntry("kind", "DOCTOR_CHOICE").containsEntry("group", "1")
                        .containsEntry("providerNumber", "071145").containsEntry("validFrom", "2026-12-01")
                        .containsEntry("validTo", null).containsEntry("text", "Lægevalg: 071145 (godkendt)")
                        .containsEntry("registrationId", registered.get("registrationId"))
                        .containsEntry("registeredAt", registered.get("registeredAt")),
                initial -> assertThat(initial)
                        .containsEntry("providerNumber", "050208").containsEntry("validFrom", "2015-03-01")
                        .containsEntry("validTo", "2026-11-30").containsEntry("text", "Lægevalg: 050208 (godkendt)"));
    }

    @Test
    @DisplayName("the same key and body again is 200 with the first answer and registers nothing new")
    void the_same_key_and_body_again_is_200_with_the_first_answer_and_registers_nothing_new() {
        HttpResponse<String> first = register("key-1", CHOICE_OF_A_CLOSER_DOCTOR);
        HttpResponse<String> again = register("key-1", CHOICE_OF_A_CLOSER_DOCTOR);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(object(again)).isEqualTo(object(first));
        assertThat(list(luna.get("/luna/registrations?cpr=" + SOFIE))).singleElement()
                .satisfies(received -> assertThat(received).containsEntry("idempotencyKey", "key-1")
                        .containsEntry("registrationId", object(first).get("registrationId")));
        assertThat(list(luna.get("/luna/persons/" + SOFIE + "/history"))).hasSize(2);
    }

    @Test
    @DisplayName("the same key with another body is 422 and registers nothing")
    void the_same_key_with_another_body_is_422_and_registers_nothing() {
        register("key-1", CHOICE_OF_A_CLOSER_DOCTOR);

        HttpResponse<String> other = register("key-1", doctorChoice(SOFIE, WellKnown.AARHUS_PRACTICE.value()));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(object(other).get("error")).asString().contains("idempotency key");
        assertThat(list(luna.get("/luna/registrations?cpr=" + SOFIE))).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "{'kind': 'DOCTOR_CHOICE', 'providerNumber': '999999', 'group': null} | unknown provider number 999999",
            "{'kind': 'DOCTOR_CHOICE', 'providerNumber': null, 'group': null}     | names a provider number",
            "{'kind': 'GROUP_CHANGE', 'providerNumber': null, 'group': '3'}       | there is no group 3",
            "{'kind': 'GROUP_CHANGE', 'providerNumber': '050208', 'group': '2'}   | names no provider number"})
    @DisplayName("a registration luna refuses is 422 with the reason and registers nothing")
    void a_registration_luna_refuses_is_422_with_the_reason_and_registers_nothing(String fields, String reason) {
        String body = fields.replace('\'', '"').replace("}", ", \"cpr\": \"" + SOFIE
                + "\", \"validFrom\": \"2026-12-01\", \"forloebId\": \"" + FORLOEB + "\"}");

        HttpResponse<String> response = register("key-1", body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(object(response).get("error")).asString().contains(reason);
        assertThat(list(luna.get("/luna/registrations"))).isEmpty();
    }

    @Test
    @DisplayName("a request without an idempotency key or with a malformed field is 400")
    void a_request_without_an_idempotency_key_or_with_a_malformed_field_is_400() {
        assertThat(luna.post("/luna/registrations", CHOICE_OF_A_CLOSER_DOCTOR).statusCode()).isEqualTo(400);
        assertThat(register("key-1", CHOICE_OF_A_CLOSER_DOCTOR.replace(SOFIE, "12345")).statusCode()).isEqualTo(400);
        assertThat(register("key-2", CHOICE_OF_A_CLOSER_DOCTOR.replace("DOCTOR_CHOICE", "CARD_ORDER")).statusCode())
                .isEqualTo(400);
        assertThat(register("key-3", CHOICE_OF_A_CLOSER_DOCTOR.replace("2026-12-01", "1. december")).statusCode())
                .isEqualTo(400);
        assertThat(register("key-4", "not json").statusCode()).isEqualTo(400);
        assertThat(list(luna.get("/luna/registrations"))).isEmpty();
    }

    @Test
    @DisplayName("a group change is registered and ends the doctor choice the day before it takes effect")
    void a_group_change_is_registered_and_ends_the_doctor_choice_the_day_before_it_takes_effect() {
        String groupChange = """
                {"kind": "GROUP_CHANGE", "cpr": "%s", "providerNumber": null, "group": "2",
                 "validFrom": "2027-01-01", "forloebId": "%s"}""".formatted(SOFIE, FORLOEB);

        assertThat(register("key-1", groupChange).statusCode()).isEqualTo(201);

        assertThat(list(luna.get("/luna/persons/" + SOFIE + "/history")))
                .extracting(row -> row.get("text") + " " + row.get("validFrom") + ".." + row.get("validTo"))
                .containsExactly("Gruppeskift til 2 (godkendt) 2027-01-01..null",
                        "Lægevalg: 050208 (godkendt) 2015-03-01..2026-12-31");
    }

    @Test
    @DisplayName("the history holds the initial registrations newest first with the older one ended")
    void the_history_holds_the_initial_registrations_newest_first_with_the_older_one_ended() {
        List<Map<String, Object>> history = list(luna.get("/luna/persons/" + WellKnown.KBH_FATHER + "/history"));

        assertThat(history).extracting(row -> row.get("providerNumber") + " " + row.get("validFrom") + ".." + row.get("validTo"))
                .containsExactly("050208 2015-03-01..null", "071145 2009-06-01..2015-02-28");
        assertThat(history.getFirst()).containsOnlyKeys("kind", "group", "providerNumber", "validFrom", "validTo",
                "registeredAt", "registrationId", "text");
    }

    @Test
    @DisplayName("a person luna does not know has an empty history and a malformed number is 400")
    void a_person_luna_does_not_know_has_an_empty_history_and_a_malformed_number_is_400() {
        HttpResponse<String> unknown = luna.get("/luna/persons/" + UNKNOWN + "/history");

        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(list(unknown)).isEmpty();
        assertThat(luna.get("/luna/persons/12345/history").statusCode()).isEqualTo(400);
        assertThat(luna.get("/luna/persons/" + UNKNOWN + "/cards").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("an opt-out is shown registered and withdrawn and is part of the history")
    void an_opt_out_is_shown_registered_and_withdrawn_and_is_part_of_the_history() {
        String optOut = "/luna/persons/" + SOFIE + "/physical-card-opt-out";
        assertThat(luna.get(optOut).statusCode()).isEqualTo(404);

        assertThat(luna.put(optOut, "").statusCode()).isEqualTo(204);

        HttpResponse<String> registered = luna.get(optOut);
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(object(registered)).containsEntry("cpr", SOFIE).containsKey("registeredAt");
        assertThat(list(luna.get("/luna/persons/" + SOFIE + "/history")).getFirst())
                .containsEntry("kind", "PHYSICAL_CARD_OPT_OUT").containsEntry("group", "1")
                .containsEntry("providerNumber", null).containsEntry("text", "Fravalg af fysisk sundhedskort");

        assertThat(luna.delete(optOut).statusCode()).isEqualTo(204);
        assertThat(luna.get(optOut).statusCode()).isEqualTo(404);
        assertThat(luna.put("/luna/persons/" + UNKNOWN + "/physical-card-opt-out", "").statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("the initial opt-outs are served")
    void the_initial_opt_outs_are_served() {
        HttpResponse<String> response = luna.get("/luna/persons/" + WellKnown.KBH_SON_19_AT_HOME + "/physical-card-opt-out");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(object(response)).containsEntry("cpr", WellKnown.KBH_SON_19_AT_HOME.value())
                .containsEntry("registeredAt", "2025-02-14T09:15:00Z");
    }

    @Test
    @DisplayName("every practitioner is served with capacity status and address")
    void every_practitioner_is_served_with_capacity_status_and_address() {
        List<Map<String, Object>> practitioners = list(luna.get("/luna/practitioners"));

        assertThat(practitioners).hasSameSizeAs(POPULATION.practitioners());
        assertThat(practitioners).filteredOn(practitioner -> practitioner.get("providerNumber").equals("050208"))
                .singleElement().satisfies(practitioner -> {
                    assertThat(practitioner).containsEntry("practiceName", "Lægehuset Kastanievej")
                            .containsEntry("kind", "REGULAR").containsEntry("open", true)
                            .containsEntry("capacity", 2200).containsEntry("closingLimit", 2000)
                            .containsEntry("registeredPatients", 1650).containsEntry("selectivelyOpenPostcodes", List.of())
                            .containsEntry("municipalityCode", "101");
                    assertThat(SimulatorClient.object(practitioner, "address"))
                            .containsEntry("street", "Kastanievej").containsEntry("postcode", "2200")
                            .containsEntry("door", null);
                });
    }

    @Test
    @DisplayName("a doctor choice received moves its person's place: one patient fewer at the old doctor, one more at the new")
    void a_doctor_choice_received_moves_the_patient() {
        register("key-1", CHOICE_OF_A_CLOSER_DOCTOR);

        List<Map<String, Object>> practitioners = list(luna.get("/luna/practitioners"));
        assertThat(practitioners).filteredOn(practitioner -> practitioner.get("providerNumber").equals("050208"))
                .singleElement().satisfies(practitioner -> assertThat(practitioner).containsEntry("registeredPatients", 1649));
        assertThat(practitioners).filteredOn(practitioner -> practitioner.get("providerNumber").equals("071145"))
                .singleElement().satisfies(practitioner -> assertThat(practitioner).containsEntry("registeredPatients", 1201));
    }

    @Test
    @DisplayName("the control routes set LUNA's list: a whole list, one practitioner added or replaced, one taken off; a fault does not touch them")
    void the_list_of_practitioners_is_set_by_control_routes() {
        assertThat(luna.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);
        assertThat(luna.put("/simulator/practitioners", "[" + practitioner("980001", true) + "]").statusCode()).isEqualTo(204);
        assertThat(luna.put("/simulator/practitioners/980002", practitioner("980002", false)).statusCode()).isEqualTo(204);
        assertThat(luna.put("/simulator/practitioners/980001", practitioner("980001", false)).statusCode()).isEqualTo(204);
        assertThat(luna.put("/simulator/practitioners/980003", practitioner("980004", false)).statusCode()).isEqualTo(400);
        assertThat(luna.delete("/simulator/practitioners/980002").statusCode()).isEqualTo(204);
        assertThat(luna.delete("/simulator/practitioners/980002").statusCode()).isEqualTo(404);
        assertThat(luna.delete("/simulator/fault").statusCode()).isEqualTo(204);

        assertThat(list(luna.get("/luna/practitioners"))).singleElement().satisfies(practitioner -> assertThat(practitioner)
                .containsEntry("providerNumber", "980001").containsEntry("open", false));
        assertThat(register("key-1", CHOICE_OF_A_CLOSER_DOCTOR).statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("an injected 503 answers every luna request until cleared")
    void an_injected_503_answers_every_luna_request_until_cleared() {
        assertThat(luna.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);

        assertThat(register("key-1", CHOICE_OF_A_CLOSER_DOCTOR).statusCode()).isEqualTo(503);
        assertThat(luna.get("/luna/practitioners").statusCode()).isEqualTo(503);
        assertThat(luna.get("/health").statusCode()).isEqualTo(200);

        assertThat(luna.delete("/simulator/fault").statusCode()).isEqualTo(204);
        assertThat(register("key-1", CHOICE_OF_A_CLOSER_DOCTOR).statusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("fifty concurrent requests with one key register exactly once")
    void fifty_concurrent_requests_with_one_key_register_exactly_once() throws Exception {
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(() -> register("the-one-key", CHOICE_OF_A_CLOSER_DOCTOR));
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(50)) {
            for (Future<HttpResponse<String>> response : executor.invokeAll(requests)) {
                responses.add(response.get());
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(response -> object(response).get("registrationId")).containsOnly(
                object(responses.getFirst()).get("registrationId"));
        assertThat(list(luna.get("/luna/registrations?cpr=" + SOFIE))).hasSize(1);
        assertThat(list(luna.get("/luna/persons/" + SOFIE + "/history"))).hasSize(2);
    }

    @Test
    @DisplayName("a person's regional letters within the period, both ends included, newest first, with their fields")
    void a_persons_regional_letters_within_the_period_newest_first() {
        List<Map<String, Object>> letters = list(luna.get("/luna/persons/" + SOFIE + "/regional-letters?from=2015-02-19&to=2025-10-06"));

        assertThat(letters).extracting(letter -> letter.get("sentDate") + " " + letter.get("channel"))
                .containsExactly("2025-10-06 DIGITAL_POST", "2021-05-03 DIGITAL_POST", "2015-02-19 null");
        assertThat(letters.getFirst()).containsOnlyKeys("letterId", "regionCode", "regionName", "sentDate", "title", "channel")
                .containsEntry("regionCode", "1084").containsEntry("regionName", "Region Hovedstaden")
                .containsEntry("title", "Ny læge overtager din lægepraksis");
        assertThat(list(luna.get("/luna/persons/" + SOFIE + "/regional-letters?from=2015-02-20&to=2025-10-05")))
                .extracting(letter -> letter.get("sentDate")).containsExactly("2021-05-03");
    }

    @Test
    @DisplayName("a person without regional letters, or one luna does not know, has none; a period without both dates in order is 400")
    void regional_letters_none_and_bad_periods() {
        assertThat(list(luna.get("/luna/persons/" + WellKnown.GUARDIAN + "/regional-letters?from=2000-01-01&to=2026-12-31"))).isEmpty();
        assertThat(list(luna.get("/luna/persons/" + UNKNOWN + "/regional-letters?from=2000-01-01&to=2026-12-31"))).isEmpty();
        assertThat(luna.get("/luna/persons/" + SOFIE + "/regional-letters?from=2025-01-01").statusCode()).isEqualTo(400);
        assertThat(luna.get("/luna/persons/" + SOFIE + "/regional-letters?from=2025-02-01&to=2025-01-31").statusCode()).isEqualTo(400);
        assertThat(luna.get("/luna/persons/" + SOFIE + "/regional-letters?from=1.1.2025&to=2025-01-31").statusCode()).isEqualTo(400);
        assertThat(luna.post("/luna/persons/" + SOFIE + "/regional-letters", "").statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("the control route gives a person their regional letters, or none, and a fault answers the letters but not the route")
    void the_control_route_sets_a_persons_regional_letters() {
        String letters = """
                [{"letterId": "6f1c2a4e-0a0b-4c1d-9e2f-5a6b7c8d9e01", "regionCode": "1081", "regionName": "Region Nordjylland",
                  "sentDate": "2024-04-02", "title": "Din lægepraksis flytter til ny adresse", "channel": null}]""";
        assertThat(luna.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);
        assertThat(luna.put("/simulator/regional-letters/" + UNKNOWN, letters).statusCode()).isEqualTo(204);
        assertThat(luna.get("/luna/persons/" + UNKNOWN + "/regional-letters?from=2024-01-01&to=2024-12-31").statusCode()).isEqualTo(503);
        assertThat(luna.delete("/simulator/fault").statusCode()).isEqualTo(204);

        assertThat(list(luna.get("/luna/persons/" + UNKNOWN + "/regional-letters?from=2024-01-01&to=2024-12-31"))).singleElement()
                .satisfies(letter -> assertThat(letter).containsEntry("regionCode", "1081").containsEntry("channel", null)
                        .containsEntry("letterId", "6f1c2a4e-0a0b-4c1d-9e2f-5a6b7c8d9e01"));
        assertThat(luna.put("/simulator/regional-letters/" + UNKNOWN, letters.replace("1081", "18")).statusCode()).isEqualTo(400);
        assertThat(luna.put("/simulator/regional-letters/" + UNKNOWN, letters.replace("null", "\"FAX\"")).statusCode()).isEqualTo(400);
        assertThat(luna.delete("/simulator/regional-letters/" + UNKNOWN).statusCode()).isEqualTo(204);
        assertThat(list(luna.get("/luna/persons/" + UNKNOWN + "/regional-letters?from=2024-01-01&to=2024-12-31"))).isEmpty();
    }

    @Test
    void listens_on_the_port_it_reports_and_other_methods_are_405() {
        assertThat(simulator.baseUrl()).isEqualTo("http://localhost:" + simulator.port());
        HttpResponse<String> delete = luna.delete("/luna/registrations");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).contains("GET, POST");
    }

    private HttpResponse<String> register(String key, String body) {
        return luna.post("/luna/registrations", body, "Idempotency-Key", key);
    }

    private static String practitioner(String providerNumber, boolean open) {
        return """
                {"providerNumber": "%s", "practiceName": "Lægerne %s", "kind": "REGULAR", "open": %s, "capacity": 2000,
                 "closingLimit": 1800, "registeredPatients": 1000, "selectivelyOpenPostcodes": [], "municipalityCode": "707",
                 "address": {"street": "Lægevej", "houseNumber": "1", "floor": null, "door": null, "postcode": "8592",
                             "city": "Anholt", "roadCode": "0202", "municipalityCode": "707", "addressId": "addr-%s",
                             "latitude": 56.71, "longitude": 11.55}}""".formatted(providerNumber, providerNumber, open, providerNumber);
    }

    private static String doctorChoice(String cpr, String providerNumber) {
        return """
                {"kind": "DOCTOR_CHOICE", "cpr": "%s", "providerNumber": "%s", "group": null,
                 "validFrom": "2026-12-01", "forloebId": "%s"}""".formatted(cpr, providerNumber, FORLOEB);
    }
}
