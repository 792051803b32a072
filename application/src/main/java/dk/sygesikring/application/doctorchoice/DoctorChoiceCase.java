package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.person.Cpr;
import java.util.Objects;
import java.util.Optional;

/**
 * A doctor choice with the forløb it is made in, as its reader may see it: all of it, or only one person's part
 * ({@code onlyPartOf}). The part is for a custodian or guardian who acts for a child in a choice another custodian made
 * (ROLE-3, DOC-5): they see the child's consent and the choice's state, not the other persons or the forløb's details.
 */
public record DoctorChoiceCase(DoctorChoice choice, Forloeb forloeb, Optional<Cpr> onlyPartOf) {

    public DoctorChoiceCase {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(forloeb, "forloeb");
        Objects.requireNonNull(onlyPartOf, "onlyPartOf");
    }

    public DoctorChoiceCase(DoctorChoice choice, Forloeb forloeb) {
        this(choice, forloeb, Optional.empty());
    }

    /** The same case, of which the reader sees only {@code person}'s part. */
    public DoctorChoiceCase limitedTo(Cpr person) {
        return new DoctorChoiceCase(choice, forloeb, Optional.of(person));
    }
}
