package dk.sygesikring.adapters.print;

import dk.sygesikring.adapters.print.PrintWireFormat.AcceptedResponse;
import dk.sygesikring.adapters.print.PrintWireFormat.ErrorResponse;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import dk.sygesikring.application.port.out.print.PrintPort;
import dk.sygesikring.resilience.DefectException;
import dk.sygesikring.resilience.HttpAnswer;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Remote print over HTTP (LET-5), every call with retry and circuit breaker (INT-4, INT-5), after the
 * Serviceplatform's print service SF1600. A letter carries its id as {@code afsendelseIdentifikator}, the print
 * service's idempotency key, so that a retry, or a letter handed over again after a crash, prints nothing twice: the
 * print service answers an id it has seen with the first answer (200 instead of 202).
 *
 * <p>The print service's judgement of a letter is an answer like any other, not retried and not a failure for the
 * circuit breaker: 400 and 422 refuse the letter (its form; an unknown shipment type, a document that is not a PDF);
 * sending it again does not help, so it is {@link PrintOutcome.Rejected}. Any other 4xx (401, 403, 404, 429, ...)
 * says nothing about the letter but something about this adapter or its configuration: a defect, so the letter is
 * kept and tried again later rather than given up. No message names the person or carries the PDF.
 */
@Singleton
class PrintAdapter implements PrintPort {

    static final String SYSTEM = "Remote print";
    static final String LETTER = "the letter";

    private static final int OK = 200;
    private static final int ACCEPTED = 202;
    private static final int BAD_REQUEST = 400;
    private static final int UNPROCESSABLE = 422;

    private final ResilientHttpClient print;

    PrintAdapter(@Named(PrintSettings.NAME) ResilientHttpClient print) {
        this.print = print;
    }

    @Override
    public PrintOutcome submit(PrintJob job) {
        HttpRequest<?> request = HttpRequest.POST(PrintWireFormat.LETTERS, PrintMapper.toJson(job))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE);
        HttpAnswer answer = print.exchange(LETTER, request, OK, ACCEPTED, BAD_REQUEST, UNPROCESSABLE);
        if (answer.status() == OK || answer.status() == ACCEPTED) {
            return PrintMapper.toAccepted(print.decode(LETTER, answer, Argument.of(AcceptedResponse.class)));
        }
        return new PrintOutcome.Rejected(PrintMapper.reason(refusal(answer), answer.status()));
    }

    /** The refusal's body; a refusal whose body is not the wire format (a proxy's HTML page) is still a refusal. */
    private ErrorResponse refusal(HttpAnswer answer) {
        try {
            return print.decode(LETTER, answer, Argument.of(ErrorResponse.class));
        } catch (DefectException e) {
            return new ErrorResponse(null, null);
        }
    }
}
