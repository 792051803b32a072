package dk.sygesikring.domain.letter;

import java.util.Locale;
import java.util.Objects;

/**
 * A period that cannot be looked up, naming the end that breaks the rule, so that the edge answers 400 naming the
 * parameter as the contract spells it ({@code from}, {@code to}). Bad input, not a rule's refusal.
 */
public class InvalidPeriodException extends IllegalArgumentException {

    /** The end of the period that is wrong. */
    public enum End { FROM, TO }

    private final End end;
    private final String reason;

    public InvalidPeriodException(End end, String reason) {
        super(Objects.requireNonNull(end, "end").name().toLowerCase(Locale.ROOT) + " "
                + Objects.requireNonNull(reason, "reason"));
        this.end = end;
        this.reason = reason;
    }

    public End end() {
        return end;
    }

    /** Why, in the words the edge answers with, e.g. "must not be before from". */
    public String reason() {
        return reason;
    }
}
