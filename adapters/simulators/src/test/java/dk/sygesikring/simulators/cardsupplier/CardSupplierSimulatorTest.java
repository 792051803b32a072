package dk.sygesikring.simulators.cardsupplier;

import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.simulators.http.SimulatorClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
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
 * The card supplier simulator's order API and production over real HTTP, on a clock fixed at 22 November 2026 09:00
 * UTC; each test gets its own simulator, so orders placed by one never leak. No report target is set here: the
 * reports are CardSupplierReportsTest's. These tests prove the simulator, a stand-in for the real system; they name
 * no rule ID, because the service's own tests are what prove the rules against it.
 */
class CardSupplierSimulatorTest {

    private static final String NOW = "2026-11-22T09:00:00Z";
    private static final String DOCTOR = """
            {"providerNumber": "050208", "practiceName": "Lægerne i Nørregade", "address": "Nørregade 30, 1165 København K"}""";
    private static final String TO_ADDRESS = """
            {"type": "ADDRESS", "address": "Nørregade 12, 2. tv, 1165 København K"}""";

    private CardSupplierSimulator simulator;
    private SimulatorClient supplier;

    @BeforeEach
    void start() {
        simulator = CardSupplierSimulator.start(0,
                CardSupplierSimulator.Options.defaults().withClock(Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC)));
        supplier = new SimulatorClient(simulator.baseUrl());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    @DisplayName("an order is received with 201, a reference and the time, and shows as RECEIVED with what it asked for")
    void an_order_is_received_with_201() {
        UUID id = UUID.randomUUID();

        HttpResponse<String> response = place(id, order(id, 1, DOCTOR, TO_ADDRESS));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(object(response)).containsExactlyInAnyOrderEntriesOf(
                Map.of("supplierReference", "CS-000001", "receivedAt", NOW));
        Map<String, Object> status = object(supplier.get("/orders/" + id));
        assertThat(status).containsEntry("orderId", id.toString()).containsEntry("supplierReference", "CS-000001")
                .containsEntry("status", "RECEIVED").containsEntry("receivedAt", NOW)
                .containsEntry("drawnAt", null).containsEntry("dispatchedAt", null).containsEntry("cancelledAt", null);
        assertThat(SimulatorClient.object(status, "order")).containsEntry("cpr", "2207859902")
                .containsEntry("name", "Sofie Nielsen").containsEntry("group", 1).containsEntry("validFrom", "2026-12-01");
        assertThat(SimulatorClient.object(SimulatorClient.object(status, "order"), "doctor"))
                .containsEntry("providerNumber", "050208");
        assertThat(list(supplier.get("/orders"))).singleElement().satisfies(listed -> assertThat(listed).isEqualTo(status));
        assertThat(simulator.status(id)).contains(OrderStatus.RECEIVED);
    }

    @Test
    @DisplayName("a group 2 card without a doctor and a card to an unknown address are received")
    void group_2_and_unknown_address_are_received() {
        UUID group2 = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();

        assertThat(place(group2, order(group2, 2, "null", TO_ADDRESS)).statusCode()).isEqualTo(201);
        assertThat(place(unknown, order(unknown, 1, DOCTOR, "{\"type\": \"UNKNOWN_ADDRESS\", \"municipalityCode\": \"101\"}"))
                .statusCode()).isEqualTo(201);

        assertThat(SimulatorClient.object(SimulatorClient.object(object(supplier.get("/orders/" + unknown)), "order"), "delivery"))
                .isEqualTo(Map.of("type", "UNKNOWN_ADDRESS", "municipalityCode", "101"));
        assertThat(SimulatorClient.object(object(supplier.get("/orders/" + group2)), "order")).containsEntry("doctor", null);
    }

    @Test
    @DisplayName("the same id with the same order again is 200 with the first receipt and makes nothing new")
    void the_same_id_and_order_again_is_200_with_the_first_receipt() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> first = place(id, order(id, 1, DOCTOR, TO_ADDRESS));

        HttpResponse<String> again = place(id, order(id, 1, DOCTOR, TO_ADDRESS));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(object(again)).isEqualTo(object(first));
        assertThat(list(supplier.get("/orders"))).hasSize(1);
    }

    @Test
    @DisplayName("the same id with another order is 409 IDEMPOTENCY_KEY_REUSED and changes nothing")
    void the_same_id_with_another_order_is_409() {
        UUID id = UUID.randomUUID();
        place(id, order(id, 1, DOCTOR, TO_ADDRESS));

        HttpResponse<String> other = place(id, order(id, 2, "null", TO_ADDRESS));

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(object(other)).containsEntry("reason", "IDEMPOTENCY_KEY_REUSED");
        assertThat(SimulatorClient.object(object(supplier.get("/orders/" + id)), "order")).containsEntry("group", 1);
    }

    @Test
    @DisplayName("fifty concurrent requests with one id receive one order")
    void fifty_concurrent_requests_with_one_id_receive_one_order() throws Exception {
        UUID id = UUID.randomUUID();
        String body = order(id, 1, DOCTOR, TO_ADDRESS);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(() -> place(id, body));
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(50)) {
            for (Future<HttpResponse<String>> response : executor.invokeAll(requests)) {
                responses.add(response.get());
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(response -> object(response).get("supplierReference")).containsOnly("CS-000001");
        assertThat(list(supplier.get("/orders"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a CPR number of 9 digits         | \"cpr\": \"2207859902\"            | \"cpr\": \"220785990\"             | cpr: a CPR number has exactly 10 digits",
            "a CPR number that is no date     | \"cpr\": \"2207859902\"            | \"cpr\": \"3213859902\"            | cpr: the first six digits",
            "no name                          | \"name\": \"Sofie Nielsen\"        | \"name\": \" \"                    | name is blank",
            "no group                         | \"group\": 1                       | \"group\": null                    | group is required",
            "a provider number of 5 digits    | \"providerNumber\": \"050208\"     | \"providerNumber\": \"05020\"      | doctor.providerNumber: a provider number (ydernummer) has 6 digits",
            "a date that is no date           | \"validFrom\": \"2026-12-01\"      | \"validFrom\": \"1. december\"     | validFrom is a date",
            "another delivery type            | \"type\": \"ADDRESS\"              | \"type\": \"PICK_UP\"              | delivery.type is ADDRESS or UNKNOWN_ADDRESS, not PICK_UP",
            "an order id that is no UUID      | \"orderId\": \"%s\"                | \"orderId\": \"order-1\"           | orderId is a UUID"})
    @DisplayName("an order of the wrong form is 400 INVALID_REQUEST and receives nothing")
    void an_order_of_the_wrong_form_is_400(String what, String field, String wrong, String message) {
        UUID id = UUID.randomUUID();
        String body = order(id, 1, DOCTOR, TO_ADDRESS).replace(field.formatted(id), wrong);

        HttpResponse<String> response = place(id, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response)).containsEntry("reason", "INVALID_REQUEST");
        assertThat((String) object(response).get("message")).startsWith(message);
        assertThat(list(supplier.get("/orders"))).isEmpty();
    }

    @Test
    @DisplayName("an order without the Idempotency-Key, with another key than its id, or not JSON is 400 INVALID_REQUEST")
    void an_order_without_its_key_is_400() {
        UUID id = UUID.randomUUID();
        String body = order(id, 1, DOCTOR, TO_ADDRESS);

        HttpResponse<String> noKey = supplier.post("/orders", body);
        HttpResponse<String> otherKey = place(UUID.randomUUID(), body);
        HttpResponse<String> notJson = place(id, "not json");
        HttpResponse<String> unknownWithAddress = place(id, body.replace(TO_ADDRESS,
                "{\"type\": \"UNKNOWN_ADDRESS\", \"municipalityCode\": \"101\", \"address\": \"Nørregade 12\"}"));

        assertThat(List.of(noKey, otherKey, notJson, unknownWithAddress)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(object(response)).containsEntry("reason", "INVALID_REQUEST");
        });
        assertThat(object(otherKey)).containsEntry("message", "the Idempotency-Key is the orderId");
        assertThat(list(supplier.get("/orders"))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "4 | INVALID_GROUP          | cards are made for group 1 or 2, not group 4",
            "1 | DOCTOR_REQUIRED        | a group 1 card shows the doctor",
            "2 | DOCTOR_NOT_ALLOWED     | a group 2 card shows no doctor"})
    @DisplayName("an order the supplier will not make is 422 with its reason and receives nothing")
    void an_order_the_supplier_will_not_make_is_422(int group, String reason, String message) {
        UUID id = UUID.randomUUID();
        String doctor = reason.equals("DOCTOR_REQUIRED") ? "null" : DOCTOR;

        HttpResponse<String> response = place(id, order(id, group, doctor, TO_ADDRESS));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(object(response)).isEqualTo(Map.of("reason", reason, "message", message));
        assertThat(list(supplier.get("/orders"))).isEmpty();
    }

    @Test
    @DisplayName("a name the card printer cannot print is 422 UNPRINTABLE_CHARACTERS; Danish and other Latin-1 letters print")
    void a_name_the_printer_cannot_print_is_422() {
        UUID polish = UUID.randomUUID();
        UUID danish = UUID.randomUUID();

        HttpResponse<String> refused = place(polish, order(polish, 1, DOCTOR, TO_ADDRESS).replace("Sofie Nielsen", "Łucja Wałęsa"));
        HttpResponse<String> taken = place(danish, order(danish, 1, DOCTOR, TO_ADDRESS).replace("Sofie Nielsen", "Søren Ærø Åberg-Müller"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(object(refused)).containsEntry("reason", "UNPRINTABLE_CHARACTERS")
                .containsEntry("message", "name: the card printer cannot print 'Ł'");
        assertThat(taken.statusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("an order not yet drawn is cancelled with 200 and the time, again with the same answer, and is never made")
    void an_order_not_yet_drawn_is_cancelled() {
        UUID id = placed();

        HttpResponse<String> cancelled = supplier.delete("/orders/" + id);
        HttpResponse<String> again = supplier.delete("/orders/" + id);

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(object(cancelled)).isEqualTo(Map.of("status", "CANCELLED", "cancelledAt", NOW));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(object(again)).isEqualTo(object(cancelled));
        assertThat(object(supplier.get("/orders/" + id))).containsEntry("status", "CANCELLED").containsEntry("cancelledAt", NOW);
        HttpResponse<String> draw = supplier.post("/simulator/orders/" + id + "/draw", "");
        assertThat(draw.statusCode()).isEqualTo(409);
        assertThat(object(draw)).containsEntry("reason", "CANCELLED");
        assertThat(supplier.post("/simulator/production/run", "").body()).isEqualTo("{\"dispatched\":[]}");
        assertThatThrownBy(() -> simulator.dispatch(id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("an order drawn or dispatched is not cancelled: 409 ALREADY_DRAWN with the time it was drawn")
    void a_drawn_order_is_not_cancelled() {
        UUID drawn = placed();
        UUID dispatched = placed();
        assertThat(simulator.draw(drawn)).isEqualTo(OrderStatus.DRAWN);
        assertThat(simulator.dispatch(dispatched)).isEqualTo(OrderStatus.DISPATCHED);

        for (UUID id : List.of(drawn, dispatched)) {
            HttpResponse<String> response = supplier.delete("/orders/" + id);
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(object(response)).isEqualTo(Map.of("reason", "ALREADY_DRAWN", "drawnAt", NOW));
        }
        assertThat(simulator.status(drawn)).contains(OrderStatus.DRAWN);
    }

    @Test
    @DisplayName("an order the supplier does not have is 404 to a cancellation, a look-up and production")
    void an_unknown_order_is_404() {
        UUID unknown = UUID.randomUUID();

        assertThat(supplier.delete("/orders/" + unknown).statusCode()).isEqualTo(404);
        assertThat(object(supplier.delete("/orders/" + unknown))).containsEntry("reason", "NOT_KNOWN");
        assertThat(supplier.get("/orders/" + unknown).statusCode()).isEqualTo(404);
        assertThat(supplier.post("/simulator/orders/" + unknown + "/dispatch", "").statusCode()).isEqualTo(404);
        assertThat(supplier.delete("/orders/not-a-uuid").statusCode()).isEqualTo(400);
        assertThatThrownBy(() -> simulator.draw(unknown)).isInstanceOf(NoSuchElementException.class);
        assertThat(simulator.status(unknown)).isEmpty();
    }

    @Test
    @DisplayName("draw, then dispatch; dispatch draws first; both leave a finished step as it is")
    void draw_and_dispatch_over_http() {
        UUID first = placed();
        UUID second = placed();

        HttpResponse<String> drawn = supplier.post("/simulator/orders/" + first + "/draw", "");
        HttpResponse<String> drawnAgain = supplier.post("/simulator/orders/" + first + "/draw", "");
        HttpResponse<String> dispatched = supplier.post("/simulator/orders/" + second + "/dispatch", "");
        HttpResponse<String> dispatchedAgain = supplier.post("/simulator/orders/" + second + "/draw", "");

        assertThat(drawn.statusCode()).isEqualTo(200);
        assertThat(object(drawn)).containsEntry("status", "DRAWN").containsEntry("drawnAt", NOW).containsEntry("dispatchedAt", null);
        assertThat(object(drawnAgain)).isEqualTo(object(drawn));
        assertThat(object(dispatched)).containsEntry("status", "DISPATCHED").containsEntry("drawnAt", NOW)
                .containsEntry("dispatchedAt", NOW);
        assertThat(object(dispatchedAgain)).containsEntry("status", "DISPATCHED");
        assertThat(supplier.get("/simulator/orders/" + first + "/draw").statusCode()).isEqualTo(405);
        assertThat(supplier.post("/simulator/orders/" + first + "/print", "").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a production run draws and dispatches every order received or drawn so far, and no other")
    void a_production_run_dispatches_every_order_received_so_far() {
        UUID received = placed();
        UUID drawn = placed();
        UUID cancelled = placed();
        UUID dispatched = placed();
        simulator.draw(drawn);
        supplier.delete("/orders/" + cancelled);
        simulator.dispatch(dispatched);

        HttpResponse<String> run = supplier.post("/simulator/production/run", "");

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(object(run)).isEqualTo(Map.of("dispatched", List.of(received.toString(), drawn.toString())));
        assertThat(list(supplier.get("/orders"))).extracting(order -> order.get("status"))
                .containsExactly("DISPATCHED", "DISPATCHED", "CANCELLED", "DISPATCHED");
        assertThat(simulator.runProduction()).isZero();
    }

    @Test
    @DisplayName("automatic production, off by default, draws and dispatches each new order after the delays set")
    void automatic_production_draws_and_dispatches_after_the_delays() throws InterruptedException {
        assertThat(object(supplier.get("/simulator/production/automatic")))
                .containsEntry("drawAfterMillis", null).containsEntry("dispatchAfterMillis", null);
        UUID before = placed();
        assertThat(supplier.put("/simulator/production/automatic",
                "{\"drawAfterMillis\": 100, \"dispatchAfterMillis\": 600}").statusCode()).isEqualTo(204);

        UUID after = placed();

        assertThat(simulator.status(after)).contains(OrderStatus.RECEIVED);
        awaitStatus(after, OrderStatus.DRAWN, Duration.ofMillis(550));
        awaitStatus(after, OrderStatus.DISPATCHED, Duration.ofSeconds(5));
        assertThat(simulator.status(before)).contains(OrderStatus.RECEIVED);
        assertThat(supplier.put("/simulator/production/automatic",
                "{\"drawAfterMillis\": 100, \"dispatchAfterMillis\": 50}").statusCode()).isEqualTo(400);
        assertThat(supplier.delete("/simulator/production/automatic").statusCode()).isEqualTo(204);
    }

    @Test
    @DisplayName("automatic production makes nothing of an order cancelled before it is drawn")
    void automatic_production_skips_a_cancelled_order() throws InterruptedException {
        simulator.close();
        simulator = CardSupplierSimulator.start(0, CardSupplierSimulator.Options.defaults()
                .withAutomaticProduction(Duration.ofMillis(300), Duration.ofMillis(300)));
        supplier = new SimulatorClient(simulator.baseUrl());
        UUID cancelled = placed();
        UUID made = placed();
        supplier.delete("/orders/" + cancelled);

        awaitStatus(made, OrderStatus.DISPATCHED, Duration.ofSeconds(5));

        assertThat(simulator.status(cancelled)).contains(OrderStatus.CANCELLED);
    }

    @Test
    @DisplayName("an injected 503 answers the order routes until cleared; production and report routes keep working")
    void an_injected_503_answers_the_order_routes_until_cleared() {
        UUID id = placed();
        assertThat(supplier.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);

        UUID another = UUID.randomUUID();
        assertThat(place(another, order(another, 1, DOCTOR, TO_ADDRESS)).statusCode()).isEqualTo(503);
        assertThat(supplier.delete("/orders/" + id).statusCode()).isEqualTo(503);
        assertThat(supplier.get("/orders/" + id).statusCode()).isEqualTo(503);
        assertThat(supplier.post("/simulator/orders/" + id + "/draw", "").statusCode()).isEqualTo(200);
        assertThat(supplier.get("/simulator/reports").statusCode()).isEqualTo(200);
        assertThat(supplier.get("/simulator/report-faults").statusCode()).isEqualTo(200);
        assertThat(supplier.get("/health").statusCode()).isEqualTo(200);

        assertThat(supplier.delete("/simulator/fault").statusCode()).isEqualTo(204);
        assertThat(supplier.delete("/orders/" + id).statusCode()).isEqualTo(409);
    }

    @Test
    void other_methods_are_405_and_unknown_paths_404() {
        HttpResponse<String> put = supplier.put("/orders", "{}");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(supplier.put("/orders/" + UUID.randomUUID(), "{}").statusCode()).isEqualTo(405);
        assertThat(supplier.get("/orders/" + UUID.randomUUID() + "/card").statusCode()).isEqualTo(404);
        assertThat(supplier.get("/simulator/production/run").statusCode()).isEqualTo(405);
        assertThat(supplier.get("/simulator/reports/lost").statusCode()).isEqualTo(404);
    }

    private UUID placed() {
        UUID id = UUID.randomUUID();
        assertThat(place(id, order(id, 1, DOCTOR, TO_ADDRESS)).statusCode()).isEqualTo(201);
        return id;
    }

    private HttpResponse<String> place(UUID key, String body) {
        return supplier.post("/orders", body, "Idempotency-Key", key.toString());
    }

    private void awaitStatus(UUID id, OrderStatus status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!simulator.status(id).orElseThrow().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(simulator.status(id)).contains(status);
    }

    static String order(UUID id, int group, String doctor, String delivery) {
        return """
                {"orderId": "%s", "cpr": "2207859902", "name": "Sofie Nielsen",
                 "address": "Nørregade 12, 2. tv, 1165 København K", "group": %d, "doctor": %s,
                 "validFrom": "2026-12-01", "delivery": %s}""".formatted(id, group, doctor, delivery);
    }
}
