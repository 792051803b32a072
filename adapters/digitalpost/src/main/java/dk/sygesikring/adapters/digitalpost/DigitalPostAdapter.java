package dk.sygesikring.adapters.digitalpost;

import dk.sygesikring.adapters.digitalpost.DigitalPostWireFormat.DeliveryResponse;
import dk.sygesikring.adapters.digitalpost.DigitalPostWireFormat.ErrorResponse;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import dk.sygesikring.resilience.DefectException;
import dk.sygesikring.resilience.HttpAnswer;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Digital Post over HTTP (INT-4), every call with retry and circuit breaker (INT-5). A message carries its id as
 * idempotency key, so that a retry, or a delivery repeated after a crash, delivers nothing twice: Digital Post
 * answers a key it has seen with the first delivery (200 instead of 201).
 *
 * <p>Digital Post's judgement of a message is an answer like any other, not retried and not a failure for the
 * circuit breaker: 422 NOT_ENROLLED (the recipient has no mailbox) and the refusals of the message itself (400, 409,
 * 413, 415, 422 with another reason). Any other 4xx (401, 403, 404, 429, ...) says nothing about the message but
 * something about this adapter or its configuration: a defect, so the message is kept and tried again later
 * rather than sent by physical mail.
 */
@Singleton
class DigitalPostAdapter implements DigitalPostPort {

    static final String SYSTEM = "Digital Post";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String MESSAGE = "the message";

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int BAD_REQUEST = 400;
    private static final int CONFLICT = 409;
    private static final int CONTENT_TOO_LARGE = 413;
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;
    private static final int UNPROCESSABLE = 422;

    private final ResilientHttpClient digitalPost;

    DigitalPostAdapter(@Named(DigitalPostSettings.NAME) ResilientHttpClient digitalPost) {
        this.digitalPost = digitalPost;
    }

    @Override
    public DigitalPostOutcome send(DigitalPostMessage message) {
        HttpRequest<?> request = HttpRequest.POST("/messages", DigitalPostMapper.toJson(message))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header(IDEMPOTENCY_KEY, message.id().toString());
        HttpAnswer answer = digitalPost.exchange(MESSAGE, request,
                OK, CREATED, BAD_REQUEST, CONFLICT, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE);
        if (answer.status() == OK || answer.status() == CREATED) {
            return DigitalPostMapper.toDelivered(digitalPost.decode(MESSAGE, answer, Argument.of(DeliveryResponse.class)));
        }
        ErrorResponse refusal = refusal(answer);
        if (answer.status() == UNPROCESSABLE && DigitalPostWireFormat.NOT_ENROLLED.equals(refusal.reason())) {
            return new DigitalPostOutcome.NotEnrolled();
        }
        return new DigitalPostOutcome.Rejected(DigitalPostMapper.reason(refusal, answer.status()));
    }

    /** The refusal's body; a refusal whose body is not the wire format (a proxy's HTML page) is still a refusal. */
    private ErrorResponse refusal(HttpAnswer answer) {
        try {
            return digitalPost.decode(MESSAGE, answer, Argument.of(ErrorResponse.class));
        } catch (DefectException e) {
            return new ErrorResponse(null, null);
        }
    }
}
