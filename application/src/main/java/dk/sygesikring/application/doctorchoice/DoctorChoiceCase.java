package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.forloeb.Forloeb;
import java.util.Objects;

/** A doctor choice with the forløb it is made in. */
public record DoctorChoiceCase(DoctorChoice choice, Forloeb forloeb) {
    public DoctorChoiceCase {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(forloeb, "forloeb");
    }
}
