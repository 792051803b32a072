package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.api.model.ProblemDto;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.domain.result.Refusal;
import dk.sygesikring.domain.result.RefusedException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the edge's exceptions into problem responses; HTTP statuses are chosen here and nowhere else. */
@Factory
class ProblemExceptionHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandlers.class);
    /** How long a client should wait before trying an unavailable external system again. */
    private static final String RETRY_AFTER_SECONDS = "30";

    /** A use case's refusal, or a command that refused to be made from the request (both carry the rule). */
    @Singleton
    ExceptionHandler<RefusedException, ?> refusals() {
        return (request, exception) -> {
            Refusal refusal = exception.refusal();
            return Problems.response(Problems.refusal(refusal, statusOf(refusal.kind())));
        };
    }

    @Singleton
    ExceptionHandler<InvalidRequestException, ?> invalidRequests() {
        return (request, exception) -> Problems.response(Problems.invalidRequest(exception.invalidParams()));
    }

    @Singleton
    ExceptionHandler<ExternalSystemUnavailableException, ?> unavailableSystems() {
        return (request, exception) -> {
            LOG.warn("{} unavailable for {} {}: {}", exception.system(), request.getMethod(), request.getPath(), exception.getMessage());
            ProblemDto problem = Problems.problem(EdgeProblem.EXTERNAL_SYSTEM_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
                    exception.system() + " did not answer. Nothing was changed; try again later.");
            return Problems.response(problem).header("Retry-After", RETRY_AFTER_SECONDS);
        };
    }

    static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
