package dk.sygesikring.resilience;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * Calls an external system over HTTP through its {@link HttpResilience}, sorting every outcome of an attempt into
 * an answer the caller expects, a failure worth retrying (I/O error, timeout, 5xx) or a defect (any other status,
 * a body that is not the wire format). Messages name the operation, never its parameters: they end up in logs.
 */
public final class ResilientHttpClient {

    private static final int BODY_EXCERPT_LENGTH = 200;

    private final HttpClient client;
    private final JsonMapper json;
    private final HttpResilience resilience;
    private final String system;
    private final BiFunction<String, Throwable, ? extends TransientFailureException> transientFailure;

    /** @param transientFailure makes the exception for a failure worth retrying, e.g. {@code CprUnavailableException::new} */
    public ResilientHttpClient(HttpClient client, JsonMapper json, HttpResilience resilience,
                               BiFunction<String, Throwable, ? extends TransientFailureException> transientFailure) {
        this.client = client;
        this.json = json;
        this.resilience = resilience;
        this.system = resilience.system();
        this.transientFailure = transientFailure;
    }

    /**
     * Sends the request, again after a failure worth retrying, until the system gives one of the expected statuses.
     *
     * @param operation what the request does, for messages: "the person look-up"
     * @param expected  the statuses that are answers, e.g. 200 and 404
     * @throws dk.sygesikring.application.port.out.ExternalSystemUnavailableException when the system does not answer
     * @throws DefectException on any other status, at once
     */
    public HttpAnswer exchange(String operation, HttpRequest<?> request, int... expected) {
        return resilience.call(() -> attempt(operation, request, expected));
    }

    /** The body of an answer in the wire format, or a {@link DefectException} saying why not. */
    public <T> T decode(String operation, HttpAnswer answer, Argument<T> type) {
        if (answer.body() == null || answer.body().isBlank()) {
            throw new DefectException(system + " answered " + operation + " with " + answer.status() + " and no body");
        }
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException | RuntimeException e) {
            throw new DefectException(system + " answered " + operation
                    + " with JSON that does not follow the wire format: " + e.getMessage(), e);
        }
    }

    private HttpAnswer attempt(String operation, HttpRequest<?> request, int[] expected) {
        HttpResponse<?> response;
        HttpClientResponseException error = null;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
            error = e;
        } catch (ReadTimeoutException e) {
            throw transientFailure.apply(system + " did not answer within the read timeout", e);
        } catch (HttpClientException e) {
            // connection refused or reset, connect timeout, connection closed without an answer
            throw transientFailure.apply("no answer from " + system + ": " + e.getMessage(), e);
        }
        int status = response.code();
        String body = response.getBody(String.class).orElse(null);
        if (Arrays.stream(expected).anyMatch(answer -> answer == status)) {
            return new HttpAnswer(status, body);
        }
        String reason = response.reason(); // not getStatus(): it rejects codes outside the HttpStatus enum
        if (status >= 500) {
            throw transientFailure.apply(system + " answered " + status + " " + reason, error);
        }
        if (status >= 400) {
            throw new DefectException(system + " rejected " + operation + " with " + status + " " + reason
                    + ", a defect in this adapter or its configuration; body: " + excerpt(body), error);
        }
        throw new DefectException(system + " answered " + operation + " with unexpected status " + status);
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= BODY_EXCERPT_LENGTH ? body : body.substring(0, BODY_EXCERPT_LENGTH) + "...";
    }
}
