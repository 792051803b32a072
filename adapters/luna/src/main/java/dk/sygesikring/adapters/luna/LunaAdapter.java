package dk.sygesikring.adapters.luna;

import dk.sygesikring.adapters.luna.LunaWireFormat.ErrorResponse;
import dk.sygesikring.adapters.luna.LunaWireFormat.HistoryEntryJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.OptOutJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.PractitionerJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.RegionalLetterJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.RegistrationResponse;
import dk.sygesikring.application.port.out.luna.LunaHistoryEntry;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.luna.PhysicalCardOptOut;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.resilience.HttpAnswer;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * LUNA over HTTP (INT-1), every call with retry and circuit breaker (INT-5). A registration carries the caller's
 * idempotency key, so that a retry, or a delivery repeated after a crash, registers nothing twice: LUNA answers a
 * key it has seen with the first registration (200 instead of 201). A 422 is LUNA's refusal, an answer like any
 * other: not retried and not a failure for the circuit breaker.
 */
@Singleton
class LunaAdapter implements LunaPort {

    static final String SYSTEM = "LUNA";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int NOT_FOUND = 404;
    private static final int UNPROCESSABLE = 422;
    private static final String REGISTRATION = "the registration";
    private static final String HISTORY = "the history";
    private static final String OPT_OUT = "the physical-card opt-out";
    private static final String PRACTITIONERS = "the practitioners";
    private static final String REGIONAL_LETTERS = "the regional letters";

    private final ResilientHttpClient luna;

    LunaAdapter(@Named(LunaSettings.NAME) ResilientHttpClient luna) {
        this.luna = luna;
    }

    @Override
    public LunaOutcome register(LunaRegistration registration, String idempotencyKey) {
        HttpRequest<?> request = HttpRequest.POST("/luna/registrations", LunaMapper.toJson(registration))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header(IDEMPOTENCY_KEY, idempotencyKey);
        HttpAnswer answer = luna.exchange(REGISTRATION, request, OK, CREATED, UNPROCESSABLE);
        if (answer.status() == UNPROCESSABLE) {
            return LunaMapper.toRejected(luna.decode(REGISTRATION, answer, Argument.of(ErrorResponse.class)));
        }
        return LunaMapper.toRegistered(luna.decode(REGISTRATION, answer, Argument.of(RegistrationResponse.class)));
    }

    @Override
    public List<LunaHistoryEntry> history(Cpr cpr) {
        HttpAnswer answer = luna.exchange(HISTORY, get(personPath(cpr).path("history").build()), OK);
        return LunaMapper.toHistory(luna.decode(HISTORY, answer, Argument.listOf(HistoryEntryJson.class)));
    }

    @Override
    public Optional<PhysicalCardOptOut> physicalCardOptOut(Cpr cpr) {
        HttpAnswer answer = luna.exchange(OPT_OUT, get(personPath(cpr).path("physical-card-opt-out").build()),
                OK, NOT_FOUND);
        if (answer.status() == NOT_FOUND) {
            return Optional.empty();
        }
        return Optional.of(LunaMapper.toOptOut(cpr, luna.decode(OPT_OUT, answer, Argument.of(OptOutJson.class))));
    }

    @Override
    public List<Practitioner> practitioners() {
        HttpAnswer answer = luna.exchange(PRACTITIONERS, get(UriBuilder.of("/luna/practitioners").build()), OK);
        return LunaMapper.toPractitioners(luna.decode(PRACTITIONERS, answer, Argument.listOf(PractitionerJson.class)));
    }

    @Override
    public List<RegionalLetter> regionalLetters(Cpr cpr, RegionalLetterPeriod period) {
        URI uri = personPath(cpr).path("regional-letters")
                .queryParam("from", period.from().toString()).queryParam("to", period.to().toString()).build();
        HttpAnswer answer = luna.exchange(REGIONAL_LETTERS, get(uri), OK);
        return LunaMapper.toRegionalLetters(period,
                luna.decode(REGIONAL_LETTERS, answer, Argument.listOf(RegionalLetterJson.class)));
    }

    private static UriBuilder personPath(Cpr cpr) {
        return UriBuilder.of("/luna/persons").path(cpr.value());
    }

    private static HttpRequest<?> get(URI uri) {
        return HttpRequest.GET(uri).accept(MediaType.APPLICATION_JSON_TYPE);
    }
}
