package dk.sygesikring.adapters.cpr;

import dk.sygesikring.adapters.cpr.CprWireFormat.PersonResponse;
import dk.sygesikring.application.port.out.CprLookupPort;
import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.resilience.HttpAnswer;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Online look-up in CPR (INT-2), {@code GET /cpr/persons/{cpr}}, with retry and circuit breaker (INT-5):
 * 200 is the person, 404 nobody; what else CPR may answer is sorted by {@link ResilientHttpClient}.
 */
@Singleton
class CprLookupAdapter implements CprLookupPort {

    static final String SYSTEM = "CPR";
    private static final String LOOK_UP = "the person look-up";

    private final ResilientHttpClient cpr;

    CprLookupAdapter(@Named(CprSettings.NAME) ResilientHttpClient cpr) {
        this.cpr = cpr;
    }

    @Override
    public Optional<CprPersonRecord> lookUp(Cpr person) {
        HttpRequest<?> request = HttpRequest.GET(UriBuilder.of("/cpr/persons").path(person.value()).build())
                .accept(MediaType.APPLICATION_JSON_TYPE);
        HttpAnswer answer = cpr.exchange(LOOK_UP, request, HttpStatus.OK.getCode(), HttpStatus.NOT_FOUND.getCode());
        if (answer.status() == HttpStatus.NOT_FOUND.getCode()) {
            return Optional.empty();
        }
        return Optional.of(CprRecordMapper.toRecord(cpr.decode(LOOK_UP, answer, Argument.of(PersonResponse.class))));
    }
}
