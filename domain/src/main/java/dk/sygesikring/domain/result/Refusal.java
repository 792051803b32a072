package dk.sygesikring.domain.result;

import java.util.Objects;

/**
 * Why a request was not carried out: an expected outcome, not an error.
 *
 * @param code   stable, kebab-case name of this kind of refusal (becomes the problem type)
 * @param kind   the nature of the refusal, which the edge turns into a status code
 * @param rule   ID of the rule in the rule catalogue that refuses, or null when none does
 * @param detail a sentence for the person reading it
 */
public record Refusal(String code, Kind kind, String rule, String detail) {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, UNPROCESSABLE }

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    public static Refusal notFound(String code, String detail) {
        return new Refusal(code, Kind.NOT_FOUND, null, detail);
    }

    public static Refusal forbidden(String code, String rule, String detail) {
        return new Refusal(code, Kind.FORBIDDEN, rule, detail);
    }

    public static Refusal conflict(String code, String rule, String detail) {
        return new Refusal(code, Kind.CONFLICT, rule, detail);
    }

    public static Refusal unprocessable(String code, String rule, String detail) {
        return new Refusal(code, Kind.UNPROCESSABLE, rule, detail);
    }
}
