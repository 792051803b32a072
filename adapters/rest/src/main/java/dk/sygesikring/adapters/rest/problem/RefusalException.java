package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.domain.result.Refusal;
import dk.sygesikring.domain.result.RefusedException;

/**
 * Carries a use case's refusal out of a generated controller method, whose signature returns only
 * the success type. Thrown and caught at the edge only; the core returns refusals as values.
 */
public class RefusalException extends RefusedException {

    public RefusalException(Refusal refusal) {
        super(refusal);
    }
}
