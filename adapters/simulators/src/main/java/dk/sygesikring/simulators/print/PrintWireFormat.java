package dk.sygesikring.simulators.print;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.simulators.reports.SignedReporter;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The JSON the print simulator speaks (docs/integrations/print.md), after the Serviceplatform's print service SF1600,
 * and its mapping to and from its model. The print adapter depends on exactly these field names, and the service's
 * report endpoint on those of {@link ReportJson}.
 */
public final class PrintWireFormat {

    private PrintWireFormat() {
    }

    /** POST /print/letters takes this. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LetterJson(String afsendelseIdentifikator, String forsendelseTypeIdentifikator,
                             String afsenderSystemIdentifikator, RecipientJson modtager, DocumentJson dokument) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RecipientJson(String cprNummer, String navn, List<String> adresselinjer) {
    }

    /** {@code pdf} is the document, base64 encoded. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DocumentJson(String titel, String pdf) {
    }

    /** ... and answers this: 202 when taken now, 200 with the first answer for a letter id seen before. */
    @Serdeable
    public record AcceptedJson(String printReference, String accepted) {
    }

    /** A refusal: a reason code ("INVALID_REQUEST", "NOT_A_PDF", ...) and what it means. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RefusalJson(String reason, String message) {
    }

    /**
     * GET /simulator/letters/{letterId}: where the letter is, the times of its steps (null until they happen), why it
     * was undeliverable (null unless it was) and the letter as received, its PDF by size (GET .../pdf has it).
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LetterStatusJson(String letterId, String printReference, String status, String acceptedAt,
                                   String printedAt, String postedAt, String undeliverableAt, String reason,
                                   ShownLetterJson letter) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ShownLetterJson(String forsendelseTypeIdentifikator, String afsenderSystemIdentifikator,
                                  RecipientJson modtager, String titel, int pdfBytes) {
    }

    /** POST to the report target, signed (ReportSignature): a status change of one letter; reason only if UNDELIVERABLE. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportJson(String reportId, String letterId, String status, String occurredAt,
                             String printReference, String reason) {
    }

    /** POST /simulator/letters/{letterId}/undeliverable, optional: why the postal service returned it. */
    @Serdeable
    public record UndeliverableJson(String reason) {
    }

    /** GET /simulator/reports: a copy of a report the service acknowledged. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeliveredReportJson(String reportId, String letterId, String status, String occurredAt,
                                      String printReference, String reason, int copy, int attempts,
                                      String acknowledgedAt) {
    }

    /** GET /simulator/reports/pending: a report not yet acknowledged, and why its last attempt failed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PendingReportJson(String reportId, String letterId, String status, int copy, int attempts,
                                    String lastFailure) {
    }

    /** POST /simulator/production/run: the letters it printed and posted. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProductionRunJson(List<String> posted) {
    }

    /** PUT /simulator/production/automatic: each new letter printed and posted these times after it is accepted. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AutomaticProductionJson(Long printAfterMillis, Long postAfterMillis) {
    }

    /** Reads a POST body; throws IllegalArgumentException (400) saying what is wrong with its form. */
    static Letter toLetter(LetterJson json) {
        UUID letterId = uuid(required(json.afsendelseIdentifikator(), "afsendelseIdentifikator"));
        String shipmentType = required(json.forsendelseTypeIdentifikator(), "forsendelseTypeIdentifikator");
        String senderSystem = required(json.afsenderSystemIdentifikator(), "afsenderSystemIdentifikator");
        RecipientJson recipient = required(json.modtager(), "modtager");
        String cpr = required(recipient.cprNummer(), "modtager.cprNummer");
        Cpr.problemWith(cpr).ifPresent(problem -> {
            throw new IllegalArgumentException("modtager.cprNummer: " + problem);
        });
        List<String> lines = required(recipient.adresselinjer(), "modtager.adresselinjer");
        if (lines.contains(null)) {
            throw new IllegalArgumentException("modtager.adresselinjer holds a null");
        }
        DocumentJson document = required(json.dokument(), "dokument");
        return new Letter(letterId, shipmentType, senderSystem, Cpr.of(cpr), text(recipient.navn(), "modtager.navn"),
                lines, text(document.titel(), "dokument.titel"), base64(required(document.pdf(), "dokument.pdf")));
    }

    static AcceptedJson accepted(ReceivedLetter letter) {
        return new AcceptedJson(letter.printReference(), letter.acceptedAt().toString());
    }

    static LetterStatusJson toJson(ReceivedLetter received) {
        Letter letter = received.letter();
        return new LetterStatusJson(letter.letterId().toString(), received.printReference(), received.status().name(),
                text(received.acceptedAt()), text(received.printedAt()), text(received.postedAt()),
                text(received.undeliverableAt()), received.reason(),
                new ShownLetterJson(letter.shipmentTypeId(), letter.senderSystemId(),
                        new RecipientJson(letter.recipient().value(), letter.name(), letter.addressLines()),
                        letter.title(), letter.pdf().length));
    }

    static ReportJson toJson(Report report) {
        return new ReportJson(report.reportId().toString(), report.letterId().toString(), report.status().name(),
                report.occurredAt().toString(), report.printReference(), report.reason());
    }

    static DeliveredReportJson toJson(DeliveredReport report) {
        return new DeliveredReportJson(report.reportId().toString(), report.letterId().toString(),
                report.status().name(), report.occurredAt().toString(), report.printReference(), report.reason(),
                report.copy(), report.attempts(), report.acknowledgedAt().toString());
    }

    static PendingReportJson toJson(SignedReporter.PendingReport<Report> pending) {
        return new PendingReportJson(pending.report().reportId().toString(), pending.report().letterId().toString(),
                pending.report().status().name(), pending.copy(), pending.attempts(), pending.lastFailure());
    }

    private static byte[] base64(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dokument.pdf is not base64", e);
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("afsendelseIdentifikator is a UUID: " + value, e);
        }
    }

    private static String text(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return value;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
