package dk.sygesikring.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanContext;
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

/**
 * The one way an adapter calls its external system over HTTP: a client built from the system's settings, every
 * request through its {@link HttpResilience}, and every outcome of an attempt sorted into an answer the caller
 * expects, a failure worth retrying (I/O error, timeout, 5xx) or a defect (any other status, a body that is not
 * the wire format). Messages name the operation, never its parameters: they end up in logs.
 *
 * <p>An adapter makes it a bean named after the system, closed with the context; as a {@link MeterBinder} bean
 * micronaut-micrometer binds its retry and circuit breaker metrics to the application's registry.
 */
public final class ResilientHttpClient implements MeterBinder, AutoCloseable {

    private static final int BODY_EXCERPT_LENGTH = 200;

    private final ExternalSystem system;
    private final HttpClient client;
    private final JsonMapper json;
    private final HttpResilience resilience;

    private ResilientHttpClient(ExternalSystem system, HttpClient client, JsonMapper json, HttpResilience resilience) {
        this.system = system;
        this.client = client;
        this.json = json;
        this.resilience = resilience;
    }

    /** @param context the application's, whose HTTP client registry and default client settings are used */
    public static ResilientHttpClient create(ExternalSystem system, HttpResilienceSettings settings, JsonMapper json,
                                             BeanContext context) {
        return new ResilientHttpClient(system, HttpClients.create(system, settings, context), json,
                new HttpResilience(system, settings));
    }

    /**
     * Sends the request, again after a failure worth retrying, until the system gives one of the expected statuses.
     *
     * @param operation what the request does, for messages: "the person look-up"
     * @param expected  the statuses that are answers, e.g. 200 and 404
     * @throws dk.sygesikring.application.port.out.ExternalSystemUnavailableException when the system does not answer
     *                                                                                after the last attempt, or at
     *                                                                                once while its circuit is open
     * @throws DefectException on any other status, at once
     */
    public HttpAnswer exchange(String operation, HttpRequest<?> request, int... expected) {
        return resilience.call(() -> attempt(operation, request, expected));
    }

    /** The body of an answer in the wire format, or a {@link DefectException} saying why not. */
    public <T> T decode(String operation, HttpAnswer answer, Argument<T> type) {
        if (answer.body() == null || answer.body().isBlank()) {
            throw new DefectException(system.name() + " answered " + operation + " with " + answer.status()
                    + " and no body");
        }
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException | RuntimeException e) {
            throw new DefectException(system.name() + " answered " + operation
                    + " with JSON that does not follow the wire format: " + e.getMessage(), e);
        }
    }

    /** For tests and operators that need to see or reset its state. */
    public CircuitBreaker circuitBreaker() {
        return resilience.circuitBreaker();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        resilience.bindTo(registry);
    }

    @Override
    public void close() {
        client.close();
    }

    private HttpAnswer attempt(String operation, HttpRequest<?> request, int[] expected) {
        String name = system.name();
        HttpResponse<?> response;
        HttpClientResponseException error = null;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
            error = e;
        } catch (ReadTimeoutException e) {
            throw system.transientFailure().apply(name + " did not answer within the read timeout", e);
        } catch (HttpClientException e) {
            // connection refused or reset, connect timeout, connection closed without an answer
            throw system.transientFailure().apply("no answer from " + name + ": " + e.getMessage(), e);
        }
        int status = response.code();
        String body = response.getBody(String.class).orElse(null);
        if (Arrays.stream(expected).anyMatch(answer -> answer == status)) {
            return new HttpAnswer(status, body);
        }
        String reason = response.reason(); // not getStatus(): it rejects codes outside the HttpStatus enum
        if (status >= 500) {
            throw system.transientFailure().apply(name + " answered " + status + " " + reason, error);
        }
        if (status >= 400) {
            throw new DefectException(name + " rejected " + operation + " with " + status + " " + reason
                    + ", a defect in this adapter or its configuration; body: " + excerpt(body), error);
        }
        throw new DefectException(name + " answered " + operation + " with unexpected status " + status);
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= BODY_EXCERPT_LENGTH ? body : body.substring(0, BODY_EXCERPT_LENGTH) + "...";
    }
}
