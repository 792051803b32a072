package dk.sygesikring.server.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import dk.sygesikring.application.port.out.print.PrintPort;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.LateClock;
import dk.sygesikring.server.support.MutableClock;
import dk.sygesikring.simulators.print.PrintSimulator;
import dk.sygesikring.simulators.reports.ReportFaults;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The print supplier's reports over HTTP (LET-5, LET-6): the print simulator takes letters from this service's print
 * adapter, prints and posts them, and reports each step back to POST /print/reports, signed with the shared secret.
 * The letters are stored as the letter flow stores them; the counts come from the simulator and the store.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintReportApiTest implements TestPropertyProvider {

    static final String SECRET = "test-only-print-report-secret-0123456789";
    static final RemotePrintSupplier SUPPLIER = new RemotePrintSupplier("Fjernprint A/S", "20", "5059");
    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    // the simulator signs with the service's clock, whose "now" the tests set
    private final PrintSimulator print = PrintSimulator.start(0, PrintSimulator.Options.defaults()
            .withClock(new LateClock(() -> this.clock)).withReportRetry(Duration.ofMillis(20), Duration.ofMillis(200)));

    @Inject EmbeddedServer server;
    @Inject PrintPort printPort;
    @Inject LetterStorePort letters;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;
    @Inject MutableClock clock;
    ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.print.url", print.baseUrl(), "sygesikring.print.retry.initial-wait", "10ms");
    }

    @BeforeAll
    void setUp() {
        api = new ApiClient(server);
        print.reportTo(URI.create(server.getURL() + "/print/reports"), SECRET);
    }

    @AfterAll
    void stop() {
        print.close();
    }

    @Test
    @DisplayName("LET-6 (print reports) 10 letters printed and posted, every report sent 3 times and shuffled: each letter ends delivered, with its times, once")
    void LET6_reports_repeated_and_shuffled_over_http() throws InterruptedException {
        print.reportFaults(new ReportFaults(3, true, Duration.ZERO));
        try {
            List<Letter> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(submitted(Cpr.of(String.format("0101%02d4%03d", 10 + i, i))));
            }
            sent.forEach(letter -> print.post(letter.id())); // printed first, then posted: two reports each

            List<?> delivered = print.awaitDeliveredReports(60, Duration.ofSeconds(15));
            System.out.printf("Print reports over HTTP: %d letters, %d reports acknowledged, %d still pending%n", sent.size(),
                    delivered.size(), print.pendingReports());
            assertThat(delivered).hasSize(60);
            for (Letter letter : sent) {
                Letter stored = transactions.inTransaction(() -> letters.load(letter.id())).orElseThrow();
                assertThat(stored.status()).isInstanceOf(LetterStatus.Delivered.class);
                assertThat(stored.history()).extracting(LetterStatus::name).as("each status once, whatever arrived first")
                        .containsAnyOf("QUEUED").doesNotHaveDuplicates().endsWith("DELIVERED");
            }
        } finally {
            print.reportFaults(ReportFaults.NONE);
        }
    }

    @Test
    @DisplayName("LET-6 (print reports) a letter returned undeliverable after posting has failed, with the supplier's reason")
    void LET6_undeliverable_after_posting() throws InterruptedException {
        Letter letter = submitted(Cpr.of("0202854321"));
        print.post(letter.id());
        print.undeliverable(letter.id(), "Ubekendt på adressen");

        for (int i = 0; i < 600 && !(status(letter) instanceof LetterStatus.Failed); i++) {
            Thread.sleep(25);
        }
        assertThat(status(letter)).isInstanceOfSatisfying(LetterStatus.Failed.class,
                failed -> assertThat(failed.reason()).contains("Ubekendt på adressen"));
    }

    @Test
    @DisplayName("A report without the supplier's signature is 401 and changes nothing; a report about a letter this service never sent is 404")
    void unsigned_and_unknown_reports() {
        String body = """
                {"reportId":"%s","letterId":"%s","status":"POSTED","occurredAt":"2026-12-03T10:00:00Z","printReference":"P-1"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID());
        api.wrongRequest().contentType("application/json").body(body).post("/print/reports").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", startsWith("The report is not signed by the print supplier"));
        api.wrongRequest().contentType("application/json").header("Print-Signature", "t=1,v1=00").body(body)
                .post("/print/reports").then().statusCode(401);
        api.wrongRequest().contentType("application/json").header("Print-Signature", signature(body)).body(body)
                .post("/print/reports").then().statusCode(404)
                .body("type", equalTo("urn:sygesikring:problem:letter-not-found"));
    }

    private String signature(String body) {
        try {
            long seconds = clock.instant().getEpochSecond();
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((seconds + ".").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return "t=" + seconds + ",v1=" + java.util.HexFormat.of().formatHex(
                    mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private LetterStatus status(Letter letter) {
        return transactions.inTransaction(() -> letters.load(letter.id())).orElseThrow().status();
    }

    /** A letter written for print and handed to the print service, as the letter flow does. */
    private Letter submitted(Cpr to) {
        Forloeb made = Forloeb.start(ForloebType.DOCTOR_CHOICE, MunicipalityCode.of("101"), new Creator(Creator.Kind.CITIZEN,
                        to.value()), to, List.of(to), T0, null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, T0, null, null));
        Letter letter = Letter.written(UUID.randomUUID(), made.id(), made.activities().getFirst().id(), LetterKind.DOCTOR_CHOICE_RECEIPT,
                new Addressee.Person(to), List.of(to), "Kvittering for lægevalg", LetterChannel.PRINT, T0);
        byte[] pdf = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        transactions.inTransaction(() -> {
            forloeb.save(made);
            letters.save(letter, pdf);
            return null;
        });
        PrintOutcome outcome = printPort.submit(new PrintJob(letter.id(), SUPPLIER, to, "Anna Jensen",
                List.of("Storegade 1", "7700 Thisted"), letter.title(), pdf));
        assertThat(outcome).isInstanceOf(PrintOutcome.Accepted.class);
        return letter;
    }
}
