package dk.sygesikring.domain.result;

import java.util.Objects;

/**
 * A value that refuses to be made: a command whose own fields break a rule (e.g. a person named twice, PER-6). Thrown
 * only from constructors, which cannot return an {@link Outcome}; the edge answers it as it answers the refusal.
 */
public class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").detail(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
