package dk.sygesikring.adapters.rest.person;

import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.domain.person.Cpr;
import java.util.Optional;

public final class CprPathParameter {

    private CprPathParameter() {
    }

    /** The CPR number of the path, or a 400 naming the parameter and what is wrong with it (PER-1). */
    public static Cpr parse(String value) {
        Optional<String> problem = Cpr.problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidRequestException("cpr", problem.get());
        }
        return Cpr.of(value);
    }
}
