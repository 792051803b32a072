package dk.sygesikring.domain.doctorchoice;

import java.util.Objects;

/**
 * The explained answer to "can this person choose this practitioner?": the verdict, the rule that gives it and a
 * short reason, e.g. CHOOSABLE "DOC-3: fewer than 2 open doctors within 15 km".
 */
public record Availability(Verdict verdict, String rule, String reason) {

    public Availability {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public static Availability choosable(String rule, String reason) {
        return new Availability(Verdict.CHOOSABLE, rule, reason);
    }

    public static Availability needsDispensation(String rule, String reason) {
        return new Availability(Verdict.NEEDS_DISPENSATION, rule, reason);
    }

    public static Availability refused(String rule, String reason) {
        return new Availability(Verdict.REFUSED, rule, reason);
    }

    /** "DOC-7: the practice has no free capacity". */
    public String explained() {
        return rule + ": " + reason;
    }
}
