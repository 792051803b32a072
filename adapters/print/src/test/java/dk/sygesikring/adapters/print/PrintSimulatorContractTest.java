package dk.sygesikring.adapters.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import dk.sygesikring.application.port.out.print.PrintPort;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.resilience.ResilientHttpClient;
import dk.sygesikring.simulators.print.LetterStatus;
import dk.sygesikring.simulators.print.PrintSimulator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** LET-5, INT-4: the adapter and the print simulator speak the same wire format, so the dev environment works end to end. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintSimulatorContractTest implements TestPropertyProvider {

    private static final RemotePrintSupplier SUPPLIER = new RemotePrintSupplier("Strålfors fjernprint", "20", "5059");
    private static final List<String> ADDRESS_LINES = List.of("Sofie Nielsen", "Nørregade 12, 2. tv", "1165 København K");
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private final PrintSimulator simulator = PrintSimulator.start(0,
            PrintSimulator.Options.defaults().withAgreedShipmentTypes("10", "20"));

    @Inject
    PrintPort print;

    @Inject
    @Named("print")
    ResilientHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.print.url", simulator.baseUrl());
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    @Test
    @DisplayName("LET-5 a letter is accepted with the print reference, and the simulator holds the recipient, the identifiers and the PDF as sent")
    void LET5_a_letter_is_accepted() throws Exception {
        PrintJob job = job(SUPPLIER, PDF);

        PrintOutcome outcome = print.submit(job);

        assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Accepted.class, accepted -> {
            assertThat(accepted.printReference()).startsWith("FP-");
            assertThat(accepted.acceptedAt()).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(simulator.status(job.letterId())).contains(LetterStatus.ACCEPTED);
        assertThat(simulator.pdf(job.letterId())).hasValueSatisfying(pdf -> assertThat(pdf).isEqualTo(PDF));
        assertThat(letterAsTheSimulatorHoldsIt(job.letterId())).contains("\"forsendelseTypeIdentifikator\":\"20\"",
                "\"afsenderSystemIdentifikator\":\"5059\"", "\"cprNummer\":\"2207859902\"", "\"navn\":\"Sofie Nielsen\"",
                "\"adresselinjer\":[\"Sofie Nielsen\",\"Nørregade 12, 2. tv\",\"1165 København K\"]",
                "\"titel\":\"Dit nye sundhedskort\"", "\"pdfBytes\":" + PDF.length);
    }

    @Test
    @DisplayName("INT-4 a letter handed over again with its id is printed once and answered with the first answer")
    void INT4_a_letter_handed_over_again_is_printed_once() {
        PrintJob job = job(SUPPLIER, PDF);

        PrintOutcome first = print.submit(job);
        simulator.post(job.letterId());
        PrintOutcome again = print.submit(job);

        assertThat(first).isInstanceOf(PrintOutcome.Accepted.class).isEqualTo(again);
        assertThat(simulator.status(job.letterId())).as("not taken as a new letter").contains(LetterStatus.POSTED);
    }

    @Test
    @DisplayName("LET-5 a letter of a shipment type the supplier has not agreed, or whose document is not a PDF, is rejected with the simulator's reason")
    void LET5_a_letter_the_supplier_will_not_print_is_rejected() {
        PrintJob unknownType = job(new RemotePrintSupplier("Strålfors fjernprint", "30", "5059"), PDF);
        PrintJob notAPdf = job(SUPPLIER, "<html></html>".getBytes(StandardCharsets.US_ASCII));
        PrintJob noAddress = new PrintJob(UUID.randomUUID(), SUPPLIER, Cpr.of("2207859902"), "Sofie Nielsen", List.of(),
                "Dit nye sundhedskort", PDF);

        assertThat(print.submit(unknownType)).isEqualTo(new PrintOutcome.Rejected(
                "UNKNOWN_SHIPMENT_TYPE: forsendelseTypeIdentifikator 30 is not agreed with the print supplier"));
        assertThat(print.submit(notAPdf)).isEqualTo(new PrintOutcome.Rejected(
                "NOT_A_PDF: dokument.pdf does not start with %PDF"));
        assertThat(print.submit(noAddress)).isEqualTo(new PrintOutcome.Rejected(
                "INVALID_ADDRESS: the envelope shows 1 to 6 address lines, not 0"));
        assertThat(simulator.status(unknownType.letterId())).isEmpty();
        assertThat(simulator.status(notAPdf.letterId())).isEmpty();
    }

    @Test
    @DisplayName("INT-4 while the print simulator answers 503 the letter is unavailable after three attempts, and accepted once it is back")
    void INT4_an_outage_of_the_simulator_is_unavailable_then_accepted() throws Exception {
        PrintJob job = job(SUPPLIER, PDF);
        client.circuitBreaker().reset();
        try {
            assertThat(control("PUT", "/simulator/fault", "{\"status\": 503}")).isEqualTo(204);

            assertThatThrownBy(() -> print.submit(job))
                    .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                            e -> assertThat(e.system()).isEqualTo("Remote print"))
                    .hasCauseInstanceOf(PrintUnavailableException.class)
                    .hasMessageContaining("after 3 attempts");
            assertThat(simulator.status(job.letterId())).isEmpty();
        } finally {
            assertThat(control("DELETE", "/simulator/fault", "")).isEqualTo(204);
            client.circuitBreaker().reset();
        }

        assertThat(print.submit(job)).isInstanceOf(PrintOutcome.Accepted.class);
        assertThat(simulator.status(job.letterId())).contains(LetterStatus.ACCEPTED);
    }

    private static PrintJob job(RemotePrintSupplier supplier, byte[] pdf) {
        return new PrintJob(UUID.randomUUID(), supplier, Cpr.of("2207859902"), "Sofie Nielsen", ADDRESS_LINES,
                "Dit nye sundhedskort", pdf);
    }

    private String letterAsTheSimulatorHoldsIt(UUID letterId) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/simulator/letters/" + letterId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private int control(String method, String path, String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                            .header("Content-Type", "application/json")
                            .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
