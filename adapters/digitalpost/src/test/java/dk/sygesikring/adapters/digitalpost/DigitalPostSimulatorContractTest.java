package dk.sygesikring.adapters.digitalpost;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import dk.sygesikring.simulators.population.WellKnown;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** INT-4: the adapter and the Digital Post simulator speak the same wire format, so the dev environment works end to end. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigitalPostSimulatorContractTest implements TestPropertyProvider {

    private static final UUID FORLOEB = UUID.fromString("0b8e2f43-7f5d-4a44-b0d4-8c1b9d1f6a10");

    private final DigitalPostSimulator simulator = DigitalPostSimulator.start(0);

    @Inject
    DigitalPostPort digitalPost;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.digital-post.url", simulator.baseUrl());
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    @Test
    @DisplayName("INT-5 a message repeated with its id is delivered once and answered with the first delivery")
    void INT5_a_message_repeated_with_its_id_is_delivered_once() throws Exception {
        DigitalPostMessage letter = letter(new Recipient.Citizen(WellKnown.GUARDIAN), TestPdfs.withText("Kære Jørgen"));

        DigitalPostOutcome first = digitalPost.send(letter);
        DigitalPostOutcome again = digitalPost.send(letter);

        assertThat(first).isInstanceOf(DigitalPostOutcome.Delivered.class).isEqualTo(again);
        assertThat(messagesTo(WellKnown.GUARDIAN.value())).contains("Kære Jørgen")
                .containsOnlyOnce(((DigitalPostOutcome.Delivered) first).deliveryId());
    }

    @Test
    @DisplayName("LET-4 a citizen under 15 is not enrolled")
    void LET4_a_citizen_under_15_is_not_enrolled() {
        DigitalPostMessage letter = letter(new Recipient.Citizen(WellKnown.KBH_DAUGHTER_UNDER_15), TestPdfs.withText("Kære Ida"));

        assertThat(digitalPost.send(letter)).isEqualTo(new DigitalPostOutcome.NotEnrolled());
    }

    @Test
    @DisplayName("DOC-4 a letter to a practice is delivered to its provider number")
    void DOC4_a_letter_to_a_practice_is_delivered() throws Exception {
        DigitalPostMessage application = letter(new Recipient.Practice(WellKnown.AARHUS_PRACTICE),
                TestPdfs.withText("Ansøgning om dispensation"));

        assertThat(digitalPost.send(application)).isInstanceOf(DigitalPostOutcome.Delivered.class);
        assertThat(messagesTo(WellKnown.AARHUS_PRACTICE.value())).contains("\"type\":\"PROVIDER\"");
    }

    @Test
    @DisplayName("INT-4 a document that is not a PDF is rejected with the simulator's reason")
    void INT4_a_document_that_is_not_a_pdf_is_rejected() {
        DigitalPostMessage notPdf = letter(new Recipient.Citizen(WellKnown.KBH_MOTHER), "Kære Sofie".getBytes(StandardCharsets.UTF_8));

        assertThat(digitalPost.send(notPdf)).isInstanceOfSatisfying(DigitalPostOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).startsWith("INVALID_DOCUMENT: the document is not a readable PDF"));
    }

    private static DigitalPostMessage letter(Recipient recipient, byte[] pdf) {
        return new DigitalPostMessage(UUID.randomUUID(), recipient, "Brev fra kommunen", pdf, FORLOEB);
    }

    private String messagesTo(String recipient) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/messages?recipient=" + recipient)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
