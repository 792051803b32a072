package dk.sygesikring.adapters.rest.person;

import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.domain.person.Cpr;
import java.util.Optional;

public final class CprPathParameter {

    private CprPathParameter() {
    }

    /** The CPR number of the path, or a 400 naming the parameter and what is wrong with it (PER-1). */
    public static Cpr parse(String value) {
        return parse("cpr", value);
    }

    /** The CPR number in the named parameter or body field, or a 400 naming it. */
    public static Cpr parse(String name, String value) {
        Optional<String> problem = Cpr.problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidRequestException(name, problem.get());
        }
        return Cpr.of(value);
    }
}
