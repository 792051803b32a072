package dk.sygesikring.adapters.rest.problem;

import io.micronaut.http.HttpStatus;
import java.util.Arrays;

/**
 * The problem types the HTTP edge answers with itself; a refusal brings its own type (its {@code code}). With the
 * refusals, these are the catalogue of docs/problems.md and the contract's {@code ProblemType}.
 */
public enum EdgeProblem {

    INVALID_REQUEST(400, "invalid-request", null),
    UNAUTHORIZED(401, "unauthorized", null),
    FORBIDDEN(403, "forbidden", null),
    NOT_FOUND(404, "not-found", null),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", null),
    NOT_ACCEPTABLE(406, "not-acceptable", null),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", null),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", null),
    INTERNAL_ERROR(500, "internal-error", null),
    EXTERNAL_SYSTEM_UNAVAILABLE(503, "external-system-unavailable", "INT-5"),
    /** Any other status of the HTTP layer: RFC 9457's type for "nothing beyond the status"; status 0 stands for any. */
    OTHER_STATUS(0, null, null);

    private final int status;
    private final String code;
    private final String rule;

    EdgeProblem(int status, String code, String rule) {
        this.status = status;
        this.code = code;
        this.rule = rule;
    }

    /** The problem for a status the framework answers with; an unavailable external system is said only by its handler. */
    static EdgeProblem forFrameworkStatus(HttpStatus status) {
        return Arrays.stream(values())
                .filter(problem -> problem.status == status.getCode() && problem != EXTERNAL_SYSTEM_UNAVAILABLE)
                .findFirst()
                .orElse(status.getCode() >= 500 ? INTERNAL_ERROR : OTHER_STATUS);
    }

    public int status() {
        return status;
    }

    public String type() {
        return code == null ? Problems.ABOUT_BLANK : Problems.TYPE_PREFIX + code;
    }

    public String rule() {
        return rule;
    }
}
