package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.domain.result.Refusal;

/**
 * Carries a use case's refusal out of a generated controller method, whose signature returns only
 * the success type. Thrown and caught at the edge only; the core returns refusals as values.
 */
public class RefusalException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusalException(Refusal refusal) {
        super(refusal.detail(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
