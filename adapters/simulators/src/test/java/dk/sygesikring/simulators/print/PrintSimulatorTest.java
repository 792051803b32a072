package dk.sygesikring.simulators.print;

import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.simulators.http.SimulatorClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
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
 * The print simulator's letter API and production over real HTTP, on a clock fixed at 22 November 2026 09:00 UTC;
 * each test gets its own simulator, so letters accepted by one never leak. No report target is set here: the reports
 * are PrintReportsTest's. These tests prove the simulator, a stand-in for the real system; they name no rule ID,
 * because the service's own tests are what prove the rules against it.
 */
class PrintSimulatorTest {

    private static final String NOW = "2026-11-22T09:00:00Z";
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final String PDF_BASE64 = Base64.getEncoder().encodeToString(PDF);
    static final String ADDRESS_LINES = "[\"Nørregade 12, 2. tv\", \"1165 København K\"]";

    private PrintSimulator simulator;
    private SimulatorClient print;

    @BeforeEach
    void start() {
        simulator = PrintSimulator.start(0,
                PrintSimulator.Options.defaults().withClock(Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC)));
        print = new SimulatorClient(simulator.baseUrl());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    @DisplayName("a letter is accepted with 202, a print reference and the time, and shows as ACCEPTED with what it asked for")
    void a_letter_is_accepted_with_202() {
        UUID id = UUID.randomUUID();

        HttpResponse<String> response = submit(letter(id));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(object(response)).isEqualTo(Map.of("printReference", "FP-000001", "accepted", NOW));
        Map<String, Object> status = object(print.get("/simulator/letters/" + id));
        assertThat(status).containsEntry("letterId", id.toString()).containsEntry("printReference", "FP-000001")
                .containsEntry("status", "ACCEPTED").containsEntry("acceptedAt", NOW)
                .containsEntry("printedAt", null).containsEntry("postedAt", null)
                .containsEntry("undeliverableAt", null).containsEntry("reason", null);
        Map<String, Object> shown = SimulatorClient.object(status, "letter");
        assertThat(shown).containsEntry("forsendelseTypeIdentifikator", "20").containsEntry("afsenderSystemIdentifikator", "5059")
                .containsEntry("titel", "Dit nye sundhedskort").containsEntry("pdfBytes", PDF.length);
        assertThat(SimulatorClient.object(shown, "modtager")).isEqualTo(Map.of("cprNummer", "2207859902",
                "navn", "Sofie Nielsen", "adresselinjer", List.of("Nørregade 12, 2. tv", "1165 København K")));
        assertThat(list(print.get("/simulator/letters"))).singleElement().satisfies(listed -> assertThat(listed).isEqualTo(status));
        assertThat(simulator.status(id)).contains(LetterStatus.ACCEPTED);
        assertThat(simulator.letterCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("the PDF is kept as it arrived, byte for byte, and served as application/pdf")
    void the_pdf_is_kept_as_it_arrived() {
        UUID id = UUID.randomUUID();
        submit(letter(id));

        HttpResponse<String> pdf = print.get("/simulator/letters/" + id + "/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(simulator.pdf(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
        assertThat(pdf.body().getBytes(StandardCharsets.UTF_8)).startsWith("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    @DisplayName("the same letter id again is 200 with the first answer, whatever the letter, and prints nothing new")
    void the_same_id_again_is_200_with_the_first_answer() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> first = submit(letter(id));
        simulator.print(id);

        HttpResponse<String> again = submit(letter(id));
        HttpResponse<String> otherwise = submit(letter(id).replace("Dit nye sundhedskort", "Et andet brev")
                .replace(PDF_BASE64, Base64.getEncoder().encodeToString("not a pdf".getBytes(StandardCharsets.US_ASCII))));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(object(again)).isEqualTo(object(first));
        assertThat(otherwise.statusCode()).as("a known id is not judged again").isEqualTo(200);
        assertThat(object(otherwise)).isEqualTo(object(first));
        assertThat(list(print.get("/simulator/letters"))).singleElement()
                .satisfies(letter -> assertThat(letter).containsEntry("status", "PRINTED"));
        assertThat(SimulatorClient.object(object(print.get("/simulator/letters/" + id)), "letter"))
                .containsEntry("titel", "Dit nye sundhedskort");
        assertThat(simulator.pdf(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
    }

    @Test
    @DisplayName("fifty concurrent requests with one letter id accept one letter")
    void fifty_concurrent_requests_with_one_id_accept_one_letter() throws Exception {
        UUID id = UUID.randomUUID();
        String body = letter(id);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(() -> submit(body));
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(50)) {
            for (Future<HttpResponse<String>> response : executor.invokeAll(requests)) {
                responses.add(response.get());
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 202)
                .filteredOn(status -> status == 202).hasSize(1);
        assertThat(responses).extracting(response -> object(response).get("printReference")).containsOnly("FP-000001");
        assertThat(list(print.get("/simulator/letters"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a CPR number of 9 digits          | \"cprNummer\": \"2207859902\"          | \"cprNummer\": \"220785990\"   | modtager.cprNummer: a CPR number has exactly 10 digits",
            "a CPR number that is no date      | \"cprNummer\": \"2207859902\"          | \"cprNummer\": \"3213859902\"  | modtager.cprNummer: the first six digits",
            "no CPR number                     | \"cprNummer\": \"2207859902\"          | \"cprNummer\": null            | modtager.cprNummer is required",
            "a blank name                      | \"navn\": \"Sofie Nielsen\"            | \"navn\": \" \"                | modtager.navn is blank",
            "no address lines                  | \"adresselinjer\": [\"Nørregade 12, 2. tv\", \"1165 København K\"] | \"adresselinjer\": null | modtager.adresselinjer is required",
            "no title                          | \"titel\": \"Dit nye sundhedskort\"    | \"titel\": null                | dokument.titel is required",
            "a PDF that is no base64           | \"pdf\": \"%s\"                         | \"pdf\": \"%PDF-1.7 raw\"     | dokument.pdf is not base64",
            "no shipment type                  | \"forsendelseTypeIdentifikator\": \"20\" | \"forsendelseTypeIdentifikator\": null | forsendelseTypeIdentifikator is required",
            "no sender system                  | \"afsenderSystemIdentifikator\": \"5059\" | \"afsenderSystemIdentifikator\": null | afsenderSystemIdentifikator is required",
            "a letter id that is no UUID       | \"afsendelseIdentifikator\": \"%s\"     | \"afsendelseIdentifikator\": \"brev-1\" | afsendelseIdentifikator is a UUID"})
    @DisplayName("a letter of the wrong form is 400 INVALID_REQUEST and accepts nothing")
    void a_letter_of_the_wrong_form_is_400(String what, String field, String wrong, String message) {
        UUID id = UUID.randomUUID();
        String body = letter(id).replace(field.formatted(field.contains("pdf") ? PDF_BASE64 : id), wrong);
        assertThat(body).as("the test changed the letter").isNotEqualTo(letter(id));

        HttpResponse<String> response = submit(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(object(response)).containsEntry("reason", "INVALID_REQUEST");
        assertThat((String) object(response).get("message")).startsWith(message);
        assertThat(list(print.get("/simulator/letters"))).isEmpty();
    }

    @Test
    @DisplayName("a body that is not JSON, or JSON without modtager or dokument, is 400 INVALID_REQUEST")
    void a_body_that_is_not_a_letter_is_400() {
        UUID id = UUID.randomUUID();

        List<HttpResponse<String>> responses = List.of(submit("not json"), submit("{}"),
                submit("{\"afsendelseIdentifikator\": \"" + id + "\", \"forsendelseTypeIdentifikator\": \"20\","
                        + " \"afsenderSystemIdentifikator\": \"5059\", \"modtager\": null, \"dokument\": null}"));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(object(response)).containsEntry("reason", "INVALID_REQUEST");
        });
        assertThat(object(responses.get(2))).containsEntry("message", "modtager is required");
        assertThat(list(print.get("/simulator/letters"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a shipment type with a letter     | \"forsendelseTypeIdentifikator\": \"20\"   | \"forsendelseTypeIdentifikator\": \"2O\"          | UNKNOWN_SHIPMENT_TYPE | forsendelseTypeIdentifikator is 1 to 10 digits, not '2O'",
            "a shipment type of 11 digits      | \"forsendelseTypeIdentifikator\": \"20\"   | \"forsendelseTypeIdentifikator\": \"12345678901\" | UNKNOWN_SHIPMENT_TYPE | forsendelseTypeIdentifikator is 1 to 10 digits, not '12345678901'",
            "a sender system with a space      | \"afsenderSystemIdentifikator\": \"5059\"  | \"afsenderSystemIdentifikator\": \"50 59\"       | UNKNOWN_SENDER_SYSTEM | afsenderSystemIdentifikator is 1 to 50 letters, digits or hyphens, not '50 59'",
            "no address line                   | \"adresselinjer\": [\"Nørregade 12, 2. tv\", \"1165 København K\"] | \"adresselinjer\": [] | INVALID_ADDRESS | the envelope shows 1 to 6 address lines, not 0",
            "seven address lines               | \"adresselinjer\": [\"Nørregade 12, 2. tv\", \"1165 København K\"] | \"adresselinjer\": [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"] | INVALID_ADDRESS | the envelope shows 1 to 6 address lines, not 7",
            "a blank address line              | \"1165 København K\"                       | \" \"                                              | INVALID_ADDRESS       | an address line is blank",
            "a document that is not a PDF      | \"pdf\": \"%s\"                            | \"pdf\": \"PGh0bWw+PC9odG1sPg==\"                | NOT_A_PDF             | dokument.pdf does not start with %PDF",
            "an empty document                 | \"pdf\": \"%s\"                            | \"pdf\": \"\"                                     | NOT_A_PDF             | dokument.pdf does not start with %PDF"})
    @DisplayName("a letter the print supplier will not print is 422 with its reason and accepts nothing")
    void a_letter_the_supplier_will_not_print_is_422(String what, String field, String wrong, String reason, String message) {
        UUID id = UUID.randomUUID();
        String body = letter(id).replace(field.formatted(PDF_BASE64), wrong);
        assertThat(body).as("the test changed the letter").isNotEqualTo(letter(id));

        HttpResponse<String> response = submit(body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(object(response)).isEqualTo(Map.of("reason", reason, "message", message));
        assertThat(list(print.get("/simulator/letters"))).isEmpty();
    }

    @Test
    @DisplayName("a refused letter is not kept: its id corrected and sent again is accepted")
    void a_refused_letter_is_not_kept() {
        UUID id = UUID.randomUUID();
        String notAPdf = letter(id).replace(PDF_BASE64, "PGh0bWw+PC9odG1sPg==");

        assertThat(submit(notAPdf).statusCode()).isEqualTo(422);
        assertThat(submit(notAPdf).statusCode()).as("judged again, not answered from memory").isEqualTo(422);
        assertThat(submit(letter(id)).statusCode()).isEqualTo(202);

        assertThat(simulator.status(id)).contains(LetterStatus.ACCEPTED);
    }

    @Test
    @DisplayName("with agreed shipment types the supplier prints those and refuses any other as unknown")
    void agreed_shipment_types_are_printed_and_others_refused() {
        simulator.close();
        simulator = PrintSimulator.start(0, PrintSimulator.Options.defaults().withAgreedShipmentTypes("10", "20"));
        print = new SimulatorClient(simulator.baseUrl());
        UUID agreed = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        HttpResponse<String> taken = submit(letter(agreed));
        HttpResponse<String> refused = submit(letter(other).replace("\"forsendelseTypeIdentifikator\": \"20\"",
                "\"forsendelseTypeIdentifikator\": \"30\""));

        assertThat(taken.statusCode()).isEqualTo(202);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(object(refused)).isEqualTo(Map.of("reason", "UNKNOWN_SHIPMENT_TYPE",
                "message", "forsendelseTypeIdentifikator 30 is not agreed with the print supplier"));
        assertThat(simulator.status(other)).isEmpty();
    }

    @Test
    @DisplayName("print, then post; post prints first; undeliverable posts first; each leaves a finished step as it is")
    void print_post_and_undeliverable_over_http() {
        UUID first = accepted();
        UUID second = accepted();
        UUID third = accepted();

        HttpResponse<String> printed = print.post("/simulator/letters/" + first + "/print", "");
        HttpResponse<String> printedAgain = print.post("/simulator/letters/" + first + "/print", "");
        HttpResponse<String> posted = print.post("/simulator/letters/" + second + "/post", "");
        HttpResponse<String> postedThenPrinted = print.post("/simulator/letters/" + second + "/print", "");
        HttpResponse<String> undeliverable = print.post("/simulator/letters/" + third + "/undeliverable", "");

        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(object(printed)).containsEntry("status", "PRINTED").containsEntry("printedAt", NOW).containsEntry("postedAt", null);
        assertThat(object(printedAgain)).isEqualTo(object(printed));
        assertThat(object(posted)).containsEntry("status", "POSTED").containsEntry("printedAt", NOW).containsEntry("postedAt", NOW);
        assertThat(object(postedThenPrinted)).containsEntry("status", "POSTED");
        assertThat(object(undeliverable)).containsEntry("status", "UNDELIVERABLE").containsEntry("printedAt", NOW)
                .containsEntry("postedAt", NOW).containsEntry("undeliverableAt", NOW)
                .containsEntry("reason", PrintSimulator.DEFAULT_UNDELIVERABLE_REASON);
        assertThat(simulator.status(first)).contains(LetterStatus.PRINTED);
        assertThat(print.get("/simulator/letters/" + first + "/print").statusCode()).isEqualTo(405);
        assertThat(print.post("/simulator/letters/" + first + "/cancel", "").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("undeliverable takes the reason given, and a letter undeliverable already keeps its first")
    void undeliverable_takes_the_reason_given() {
        UUID id = accepted();
        assertThat(simulator.post(id)).isEqualTo(LetterStatus.POSTED);

        HttpResponse<String> returned = print.post("/simulator/letters/" + id + "/undeliverable",
                "{\"reason\": \"Modtageren er flyttet\"}");
        HttpResponse<String> again = print.post("/simulator/letters/" + id + "/undeliverable",
                "{\"reason\": \"Ubekendt\"}");

        assertThat(object(returned)).containsEntry("status", "UNDELIVERABLE").containsEntry("reason", "Modtageren er flyttet");
        assertThat(object(again)).isEqualTo(object(returned));
        assertThat(simulator.post(id)).as("a returned letter is not posted again").isEqualTo(LetterStatus.UNDELIVERABLE);
        assertThat(print.post("/simulator/letters/" + id + "/undeliverable", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("a letter the simulator does not have is 404 to a look-up, its PDF and production; an id that is no UUID 400")
    void an_unknown_letter_is_404() {
        UUID unknown = UUID.randomUUID();

        assertThat(print.get("/simulator/letters/" + unknown).statusCode()).isEqualTo(404);
        assertThat(object(print.get("/simulator/letters/" + unknown))).containsEntry("reason", "NOT_KNOWN");
        assertThat(print.get("/simulator/letters/" + unknown + "/pdf").statusCode()).isEqualTo(404);
        assertThat(print.post("/simulator/letters/" + unknown + "/post", "").statusCode()).isEqualTo(404);
        assertThat(print.post("/simulator/letters/" + unknown + "/undeliverable", "").statusCode()).isEqualTo(404);
        assertThat(print.get("/simulator/letters/not-a-uuid").statusCode()).isEqualTo(400);
        assertThatThrownBy(() -> simulator.print(unknown)).isInstanceOf(NoSuchElementException.class);
        assertThat(simulator.status(unknown)).isEmpty();
        assertThat(simulator.pdf(unknown)).isEmpty();
    }

    @Test
    @DisplayName("a production run prints and posts every letter accepted or printed so far, and no other")
    void a_production_run_posts_every_letter_accepted_so_far() {
        UUID accepted = accepted();
        UUID printed = accepted();
        UUID undeliverable = accepted();
        UUID posted = accepted();
        simulator.print(printed);
        simulator.undeliverable(undeliverable, "Ubekendt");
        simulator.post(posted);

        HttpResponse<String> run = print.post("/simulator/production/run", "");

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(object(run)).isEqualTo(Map.of("posted", List.of(accepted.toString(), printed.toString())));
        assertThat(list(print.get("/simulator/letters"))).extracting(letter -> letter.get("status"))
                .containsExactly("POSTED", "POSTED", "UNDELIVERABLE", "POSTED");
        assertThat(simulator.runProduction()).isZero();
        assertThat(print.get("/simulator/production/run").statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("automatic production, off by default, prints and posts each new letter after the delays set")
    void automatic_production_prints_and_posts_after_the_delays() throws InterruptedException {
        simulator.close();
        simulator = PrintSimulator.start(0);
        print = new SimulatorClient(simulator.baseUrl());
        assertThat(object(print.get("/simulator/production/automatic")))
                .containsEntry("printAfterMillis", null).containsEntry("postAfterMillis", null);
        UUID before = accepted();
        assertThat(print.put("/simulator/production/automatic",
                "{\"printAfterMillis\": 100, \"postAfterMillis\": 600}").statusCode()).isEqualTo(204);
        assertThat(object(print.get("/simulator/production/automatic")))
                .isEqualTo(Map.of("printAfterMillis", 100, "postAfterMillis", 600));

        UUID after = accepted();

        assertThat(simulator.status(after)).contains(LetterStatus.ACCEPTED);
        awaitStatus(after, LetterStatus.PRINTED, Duration.ofMillis(550));
        awaitStatus(after, LetterStatus.POSTED, Duration.ofSeconds(5));
        assertThat(simulator.status(before)).contains(LetterStatus.ACCEPTED);
        assertThat(print.put("/simulator/production/automatic",
                "{\"printAfterMillis\": 100, \"postAfterMillis\": 50}").statusCode()).isEqualTo(400);
        assertThat(print.put("/simulator/production/automatic", "{\"printAfterMillis\": 100}").statusCode()).isEqualTo(400);
        assertThat(print.delete("/simulator/production/automatic").statusCode()).isEqualTo(204);
        assertThat(object(print.get("/simulator/production/automatic"))).containsEntry("printAfterMillis", null);
    }

    @Test
    @DisplayName("automatic production set in the options runs from the start, and a letter repeated is produced once")
    void automatic_production_from_the_options() throws InterruptedException {
        simulator.close();
        simulator = PrintSimulator.start(0, PrintSimulator.Options.defaults()
                .withAutomaticProduction(Duration.ofMillis(50), Duration.ofMillis(100)));
        print = new SimulatorClient(simulator.baseUrl());
        UUID id = UUID.randomUUID();
        assertThat(submit(letter(id)).statusCode()).isEqualTo(202);

        awaitStatus(id, LetterStatus.POSTED, Duration.ofSeconds(5));

        assertThat(submit(letter(id)).statusCode()).isEqualTo(200);
        assertThat(simulator.status(id)).contains(LetterStatus.POSTED);
        assertThat(simulator.pendingReports()).as("one PRINTED and one POSTED kept for a target").isEqualTo(2);
    }

    @Test
    @DisplayName("an injected 503 answers the print API until cleared; production and the /simulator/ routes keep working")
    void an_injected_503_answers_the_print_api_until_cleared() {
        UUID id = accepted();
        assertThat(print.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);

        UUID another = UUID.randomUUID();
        assertThat(submit(letter(another)).statusCode()).isEqualTo(503);
        assertThat(print.get("/simulator/letters/" + id).statusCode()).isEqualTo(200);
        assertThat(print.post("/simulator/letters/" + id + "/print", "").statusCode()).isEqualTo(200);
        assertThat(print.get("/simulator/reports").statusCode()).isEqualTo(200);
        assertThat(print.get("/simulator/report-faults").statusCode()).isEqualTo(200);
        assertThat(print.get("/health").statusCode()).isEqualTo(200);
        assertThat(simulator.status(another)).isEmpty();

        assertThat(print.delete("/simulator/fault").statusCode()).isEqualTo(204);
        assertThat(submit(letter(another)).statusCode()).isEqualTo(202);
    }

    @Test
    void other_methods_are_405_and_unknown_paths_404() {
        HttpResponse<String> get = print.get("/print/letters");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(print.get("/print/letters/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(print.post("/simulator/letters", "{}").statusCode()).isEqualTo(405);
        assertThat(print.delete("/simulator/letters/" + UUID.randomUUID()).statusCode()).isEqualTo(405);
        assertThat(print.get("/simulator/letters/" + UUID.randomUUID() + "/print/again").statusCode()).isEqualTo(404);
        assertThat(print.get("/simulator/production/later").statusCode()).isEqualTo(404);
        assertThat(print.get("/simulator/reports/lost").statusCode()).isEqualTo(404);
    }

    private UUID accepted() {
        UUID id = UUID.randomUUID();
        assertThat(submit(letter(id)).statusCode()).isEqualTo(202);
        return id;
    }

    private HttpResponse<String> submit(String body) {
        return print.post("/print/letters", body);
    }

    private void awaitStatus(UUID id, LetterStatus status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!simulator.status(id).orElseThrow().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(simulator.status(id)).contains(status);
    }

    static String letter(UUID id) {
        return """
                {"afsendelseIdentifikator": "%s", "forsendelseTypeIdentifikator": "20",
                 "afsenderSystemIdentifikator": "5059",
                 "modtager": {"cprNummer": "2207859902", "navn": "Sofie Nielsen", "adresselinjer": %s},
                 "dokument": {"titel": "Dit nye sundhedskort", "pdf": "%s"}}""".formatted(id, ADDRESS_LINES, PDF_BASE64);
    }
}
