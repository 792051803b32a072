package dk.sygesikring.adapters.print;

import dk.sygesikring.adapters.print.PrintWireFormat.AcceptedResponse;
import dk.sygesikring.adapters.print.PrintWireFormat.DocumentJson;
import dk.sygesikring.adapters.print.PrintWireFormat.ErrorResponse;
import dk.sygesikring.adapters.print.PrintWireFormat.LetterRequest;
import dk.sygesikring.adapters.print.PrintWireFormat.RecipientJson;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.resilience.DefectException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** Between the port's types and the print service's wire format. */
final class PrintMapper {

    private PrintMapper() {
    }

    static LetterRequest toJson(PrintJob job) {
        RemotePrintSupplier supplier = job.supplier();
        return new LetterRequest(job.letterId().toString(), supplier.shipmentTypeId(), supplier.senderSystemId(),
                new RecipientJson(job.recipient().value(), job.name(), job.addressLines()),
                new DocumentJson(job.title(), Base64.getEncoder().encodeToString(job.pdf())));
    }

    /** An answer without a reference or time is the print service's defect, reported without the letter's contents. */
    static PrintOutcome.Accepted toAccepted(AcceptedResponse json) {
        try {
            String reference = Objects.requireNonNull(json.printReference(), "printReference");
            if (reference.isBlank()) {
                throw new IllegalArgumentException("the printReference is blank");
            }
            return new PrintOutcome.Accepted(reference,
                    Instant.parse(Objects.requireNonNull(json.accepted(), "accepted")));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new DefectException(PrintAdapter.SYSTEM + " answered " + PrintAdapter.LETTER
                    + " with data that breaks the model: " + e.getMessage(), e);
        }
    }

    /** The print service's refusal as one line: its reason code and its explanation, whichever it gave. */
    static String reason(ErrorResponse json, int status) {
        String code = blankToNull(json.reason());
        String message = blankToNull(json.message());
        if (code == null && message == null) {
            return "HTTP " + status;
        }
        if (code == null || message == null) {
            return code == null ? message : code;
        }
        return code + ": " + message;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
