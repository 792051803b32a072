package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.api.model.InvalidParamDto;
import dk.sygesikring.api.model.ProblemDto;
import dk.sygesikring.api.model.ProblemTypeDto;
import dk.sygesikring.domain.result.Refusal;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 9457 problem details. Every kind of problem has a stable type URI {@code urn:sygesikring:problem:<code>}, one
 * of the contract's {@code ProblemType}; the catalogue is docs/problems.md.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:sygesikring:problem:";
    /** RFC 9457 §4.2.1: the problem has no meaning beyond its status. */
    public static final String ABOUT_BLANK = "about:blank";

    private Problems() {
    }

    /** One of the edge's own problems; the status is the problem's, or for {@link EdgeProblem#OTHER_STATUS} the one given. */
    public static ProblemDto problem(EdgeProblem problem, HttpStatus status, String detail) {
        ProblemDto dto = of(problem.type(), status, detail);
        return problem.rule() == null ? dto : dto.rule(problem.rule());
    }

    /** A rule's refusal, with the status its kind is answered with. */
    static ProblemDto refusal(Refusal refusal, HttpStatus status) {
        return of(TYPE_PREFIX + refusal.code(), status, refusal.detail()).rule(refusal.rule());
    }

    /** Bad input, naming every offending parameter or field. */
    public static ProblemDto invalidRequest(List<InvalidParamDto> invalidParams) {
        String detail = invalidParams.size() == 1
                ? "Invalid " + invalidParams.get(0).getName() + ": " + invalidParams.get(0).getReason()
                : invalidParams.size() + " parameters are invalid: "
                        + invalidParams.stream().map(InvalidParamDto::getName).collect(Collectors.joining(", "));
        return problem(EdgeProblem.INVALID_REQUEST, HttpStatus.BAD_REQUEST, detail).invalidParams(invalidParams);
    }

    public static MutableHttpResponse<ProblemDto> response(ProblemDto problem) {
        return HttpResponse.<ProblemDto>status(HttpStatus.valueOf(problem.getStatus()))
                .contentType(MEDIA_TYPE)
                .body(problem);
    }

    /** A type the contract does not list is a defect: ProblemCatalogueTest keeps the two in step. */
    private static ProblemDto of(String type, HttpStatus status, String detail) {
        return new ProblemDto(ProblemTypeDto.fromValue(type), status.getReason(), status.getCode()).detail(detail);
    }
}
