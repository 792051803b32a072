package dk.sygesikring.adapters.cpr;

import dk.sygesikring.adapters.cpr.CprWireFormat.PersonResponse;
import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;

/**
 * One HTTP attempt at {@code GET /cpr/persons/{cpr}}, with every outcome sorted into found, not found,
 * worth retrying ({@link CprUnavailableException}) or a defect ({@link CprDefectException}).
 * Messages leave out the CPR number: they end up in logs.
 */
@Singleton
class CprHttpGateway {

    private static final int BODY_EXCERPT_LENGTH = 200;

    private final HttpClient client;
    private final JsonMapper jsonMapper;

    CprHttpGateway(@Named(CprHttpClientFactory.SERVICE_ID) HttpClient client, JsonMapper jsonMapper) {
        this.client = client;
        this.jsonMapper = jsonMapper;
    }

    Optional<CprPersonRecord> fetch(Cpr cpr) {
        HttpRequest<?> request = HttpRequest.GET(UriBuilder.of("/cpr/persons").path(cpr.value()).build())
                .accept(MediaType.APPLICATION_JSON_TYPE);
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return answerToError(e);
        } catch (ReadTimeoutException e) {
            throw new CprUnavailableException("CPR did not answer within the read timeout", e);
        } catch (HttpClientException e) {
            // connection refused or reset, connect timeout, connection closed without an answer
            throw new CprUnavailableException("no answer from CPR: " + e.getMessage(), e);
        }
        if (response.code() != HttpStatus.OK.getCode()) {
            throw new CprDefectException("CPR answered the person look-up with unexpected status " + response.code());
        }
        return Optional.of(CprRecordMapper.toRecord(decode(response.body())));
    }

    private Optional<CprPersonRecord> answerToError(HttpClientResponseException e) {
        int status = e.code();
        String reason = e.getResponse().reason(); // not getStatus(): it rejects codes outside the HttpStatus enum
        if (status == HttpStatus.NOT_FOUND.getCode()) {
            return Optional.empty();
        }
        if (status >= 500) {
            throw new CprUnavailableException("CPR answered " + status + " " + reason, e);
        }
        throw new CprDefectException("CPR rejected the person look-up with " + status + " " + reason
                + ", a defect in this adapter or its configuration; body: " + bodyExcerpt(e), e);
    }

    private PersonResponse decode(String body) {
        if (body == null || body.isBlank()) {
            throw new CprDefectException("CPR answered the person look-up with 200 and no body");
        }
        try {
            return jsonMapper.readValue(body, Argument.of(PersonResponse.class));
        } catch (IOException | RuntimeException e) {
            throw new CprDefectException("CPR answered the person look-up with JSON that does not follow the wire format: "
                    + e.getMessage(), e);
        }
    }

    private static String bodyExcerpt(HttpClientResponseException e) {
        String body = e.getResponse().getBody(String.class).orElse("");
        return body.length() <= BODY_EXCERPT_LENGTH ? body : body.substring(0, BODY_EXCERPT_LENGTH) + "...";
    }
}
