package dk.sygesikring.simulators.digitalpost;

import static dk.sygesikring.simulators.http.SimulatorClient.list;
import static dk.sygesikring.simulators.http.SimulatorClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.simulators.http.SimulatorClient;
import dk.sygesikring.simulators.population.WellKnown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Digital Post simulator over real HTTP, judging ages on 22 November 2026; each test gets its own simulator, so
 * messages delivered by one never leak.
 * These tests prove the simulator, a stand-in for the real system; they name no rule ID, because the service's own
 * tests (adapters and adapters/server) are what prove the rules against it.
 */
class DigitalPostSimulatorTest {

    private static final String SOFIE = WellKnown.KBH_MOTHER.value();
    private static final String IDA_UNDER_15 = WellKnown.KBH_DAUGHTER_UNDER_15.value();
    private static final String FIFTEEN_TODAY = "2211114001";
    private static final String FIFTEEN_TOMORROW = "2311114001";
    private static final String PRACTICE = WellKnown.KBH_PRACTICE.value();
    private static final String FORLOEB = "0b8e2f43-7f5d-4a44-b0d4-8c1b9d1f6a10";
    private static final byte[] RECEIPT = pdf("Kvittering for dit lægevalg", "Du har valgt læge 050208.");

    private DigitalPostSimulator simulator;
    private SimulatorClient digitalPost;

    @BeforeEach
    void start() {
        simulator = DigitalPostSimulator.start(0, Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC));
        digitalPost = new SimulatorClient(simulator.baseUrl());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    @DisplayName("a message is delivered with 201 and kept with the text of its PDF and the PDF itself")
    void a_message_is_delivered_and_kept_with_its_text_and_pdf() {
        HttpResponse<String> response = send("key-1", message("CPR", SOFIE, RECEIPT));

        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> delivered = object(response);
        assertThat(delivered).containsOnlyKeys("deliveryId", "deliveredAt");
        assertThat(list(digitalPost.get("/messages?recipient=" + SOFIE))).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("idempotencyKey", "key-1")
                    .containsEntry("deliveryId", delivered.get("deliveryId"))
                    .containsEntry("deliveredAt", delivered.get("deliveredAt"))
                    .containsEntry("title", "Kvittering for dit lægevalg").containsEntry("forloebId", FORLOEB)
                    .containsEntry("pages", 1).containsEntry("bytes", RECEIPT.length);
            assertThat(SimulatorClient.object(message, "recipient")).containsEntry("type", "CPR").containsEntry("id", SOFIE);
            assertThat((String) message.get("text")).contains("Kvittering for dit lægevalg", "Du har valgt læge 050208.");
        });
        HttpResponse<byte[]> document = documentOf((String) delivered.get("deliveryId"));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(document.body()).isEqualTo(RECEIPT);
    }

    @Test
    @DisplayName("the same key and message again is 200 with the first answer and delivers nothing new")
    void the_same_key_and_message_again_is_200_with_the_first_answer() {
        HttpResponse<String> first = send("key-1", message("CPR", SOFIE, RECEIPT));
        HttpResponse<String> again = send("key-1", message("CPR", SOFIE, RECEIPT));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(object(again)).isEqualTo(object(first));
        assertThat(list(digitalPost.get("/messages"))).hasSize(1);
    }

    @Test
    @DisplayName("the same key with another message is 409 and delivers nothing")
    void the_same_key_with_another_message_is_409() {
        send("key-1", message("CPR", SOFIE, RECEIPT));

        HttpResponse<String> other = send("key-1", message("CPR", SOFIE, pdf("Et andet brev")));

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(object(other)).containsEntry("reason", "IDEMPOTENCY_KEY_REUSED");
        assertThat(list(digitalPost.get("/messages"))).hasSize(1);
    }

    @Test
    @DisplayName("a document that is not a readable PDF is 400 INVALID_DOCUMENT and delivers nothing")
    void a_document_that_is_not_a_pdf_is_400() {
        HttpResponse<String> notPdf = send("key-1", message("CPR", SOFIE, "Kære Sofie".getBytes()));
        HttpResponse<String> noPages = send("key-2", message("CPR", SOFIE, emptyPdf()));

        assertThat(notPdf.statusCode()).isEqualTo(400);
        assertThat(object(notPdf)).containsEntry("reason", "INVALID_DOCUMENT");
        assertThat(noPages.statusCode()).isEqualTo(400);
        assertThat(object(noPages)).containsEntry("reason", "INVALID_DOCUMENT").containsEntry("message", "the document has no pages");
        assertThat(list(digitalPost.get("/messages"))).isEmpty();
    }

    @Test
    @DisplayName("a request without an idempotency key or with a malformed field is 400 INVALID_REQUEST")
    void a_malformed_request_is_400() {
        String valid = message("CPR", SOFIE, RECEIPT);
        assertThat(digitalPost.post("/messages", valid).statusCode()).isEqualTo(400);
        assertThat(object(send("key-1", valid.replace(SOFIE, "12345")))).containsEntry("reason", "INVALID_REQUEST");
        assertThat(object(send("key-2", valid.replace("\"CPR\"", "\"CVR\"")))).containsEntry("reason", "INVALID_REQUEST");
        assertThat(object(send("key-3", valid.replace(FORLOEB, "not-a-uuid")))).containsEntry("reason", "INVALID_REQUEST");
        assertThat(object(send("key-4", valid.replace("\"document\": \"", "\"document\": \"%%%")))).containsEntry("reason", "INVALID_REQUEST");
        assertThat(object(send("key-5", "not json"))).containsEntry("reason", "INVALID_REQUEST");
        assertThat(list(digitalPost.get("/messages"))).isEmpty();
    }

    @Test
    @DisplayName("a citizen under 15 has no mailbox: 422 NOT_ENROLLED; from the 15th birthday the message is delivered")
    void under_15_is_not_enrolled() {
        HttpResponse<String> child = send("key-1", message("CPR", IDA_UNDER_15, RECEIPT));
        HttpResponse<String> tomorrow = send("key-2", message("CPR", FIFTEEN_TOMORROW, RECEIPT));
        HttpResponse<String> today = send("key-3", message("CPR", FIFTEEN_TODAY, RECEIPT));

        assertThat(child.statusCode()).isEqualTo(422);
        assertThat(object(child)).containsEntry("reason", "NOT_ENROLLED");
        assertThat(tomorrow.statusCode()).isEqualTo(422);
        assertThat(today.statusCode()).isEqualTo(201);
        assertThat(list(digitalPost.get("/messages"))).hasSize(1);
    }

    @Test
    @DisplayName("a recipient listed as not enrolled gets 422 until taken off the list, citizen or practice")
    void a_listed_recipient_is_not_enrolled_until_taken_off() {
        assertThat(digitalPost.put("/simulator/not-enrolled/" + SOFIE, "").statusCode()).isEqualTo(204);
        assertThat(digitalPost.put("/simulator/not-enrolled/" + PRACTICE, "").statusCode()).isEqualTo(204);
        assertThat(digitalPost.put("/simulator/not-enrolled/12345", "").statusCode()).isEqualTo(400);
        assertThat(digitalPost.get("/simulator/not-enrolled").body()).isEqualTo("[\"050208\",\"" + SOFIE + "\"]");

        assertThat(send("key-1", message("CPR", SOFIE, RECEIPT)).statusCode()).isEqualTo(422);
        assertThat(send("key-2", message("PROVIDER", PRACTICE, RECEIPT)).statusCode()).isEqualTo(422);

        assertThat(digitalPost.delete("/simulator/not-enrolled/" + SOFIE).statusCode()).isEqualTo(204);
        assertThat(send("key-1", message("CPR", SOFIE, RECEIPT)).statusCode()).isEqualTo(201);
        assertThat(list(digitalPost.get("/messages?recipient=" + PRACTICE))).isEmpty();
    }

    @Test
    @DisplayName("an injected 503 answers every message until cleared; the simulator's own routes keep working")
    void an_injected_503_answers_every_message_until_cleared() {
        assertThat(digitalPost.put("/simulator/fault", "{\"status\": 503}").statusCode()).isEqualTo(204);

        assertThat(send("key-1", message("CPR", SOFIE, RECEIPT)).statusCode()).isEqualTo(503);
        assertThat(digitalPost.put("/simulator/not-enrolled/" + PRACTICE, "").statusCode()).isEqualTo(204);
        assertThat(digitalPost.get("/health").statusCode()).isEqualTo(200);

        assertThat(digitalPost.delete("/simulator/fault").statusCode()).isEqualTo(204);
        assertThat(send("key-1", message("CPR", SOFIE, RECEIPT)).statusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("fifty concurrent requests with one key deliver exactly once")
    void fifty_concurrent_requests_with_one_key_deliver_once() throws Exception {
        String body = message("CPR", SOFIE, RECEIPT);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(() -> send("the-one-key", body));
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(50)) {
            for (Future<HttpResponse<String>> response : executor.invokeAll(requests)) {
                responses.add(response.get());
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(response -> object(response).get("deliveryId"))
                .containsOnly(object(responses.getFirst()).get("deliveryId"));
        assertThat(list(digitalPost.get("/messages?recipient=" + SOFIE))).hasSize(1);
    }

    @Test
    void other_methods_are_405_and_unknown_documents_404() {
        HttpResponse<String> delete = digitalPost.delete("/messages");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(digitalPost.get("/messages/no-such-delivery/document").statusCode()).isEqualTo(404);
        assertThat(digitalPost.get("/messages/no-such-delivery").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String key, String body) {
        return digitalPost.post("/messages", body, "Idempotency-Key", key);
    }

    private HttpResponse<byte[]> documentOf(String deliveryId) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(
                    digitalPost.request("/messages/" + deliveryId + "/document").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String message(String type, String id, byte[] pdf) {
        return """
                {"recipient": {"type": "%s", "id": "%s"}, "title": "Kvittering for dit lægevalg",
                 "forloebId": "%s", "document": "%s"}""".formatted(type, id, FORLOEB, Base64.getEncoder().encodeToString(pdf));
    }

    /** A real one-page PDF with these lines, in a standard font (WinAnsi covers æøå). */
    static byte[] pdf(String... lines) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] emptyPdf() {
        try (PDDocument pdf = new PDDocument()) {
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
