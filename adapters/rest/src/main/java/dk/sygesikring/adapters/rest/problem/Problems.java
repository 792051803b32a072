package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.api.model.InvalidParamDto;
import dk.sygesikring.api.model.ProblemDto;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/**
 * RFC 9457 problem details. Every kind of problem has a stable type URI
 * {@code urn:sygesikring:problem:<code>}; the catalogue is docs/problems.md.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:sygesikring:problem:";

    private Problems() {
    }

    public static ProblemDto problem(HttpStatus status, String code, String detail) {
        return new ProblemDto(TYPE_PREFIX + code, status.getReason(), status.getCode()).detail(detail);
    }

    public static ProblemDto invalidRequest(List<InvalidParamDto> invalidParams) {
        String detail = invalidParams.size() == 1
                ? "Invalid " + invalidParams.get(0).getName() + ": " + invalidParams.get(0).getReason()
                : invalidParams.size() + " parameters are invalid";
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", detail).invalidParams(invalidParams);
    }

    public static MutableHttpResponse<ProblemDto> response(ProblemDto problem) {
        return HttpResponse.<ProblemDto>status(HttpStatus.valueOf(problem.getStatus()))
                .contentType(MEDIA_TYPE)
                .body(problem);
    }
}
