package dk.sygesikring.adapters.rest.problem;

import dk.sygesikring.domain.result.Outcome;

public final class Outcomes {

    private Outcomes() {
    }

    /** The success value, or a {@link RefusalException} that becomes a problem response. */
    public static <T> T valueOrRefuse(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Success<T> success -> success.value();
            case Outcome.Refused<T> refused -> throw new RefusalException(refused.refusal());
        };
    }
}
