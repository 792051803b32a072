package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Refusal;
import java.util.Collection;
import java.util.Optional;

/**
 * One pending doctor choice per person at a time. DOC-16: while one is in progress in another municipality, a new
 * attempt is refused with that municipality's code. In the same municipality the answer names the forløb to finish
 * or cancel first, so that two caseworkers (or a citizen and a caseworker) do not race each other.
 */
public final class ChoiceInProgressPolicy {

    private ChoiceInProgressPolicy() {
    }

    /** @param pending the pending doctor choices of the persons a new choice is for */
    public static Optional<Refusal> mayStart(Collection<DoctorChoice> pending, MunicipalityCode newChoiceMunicipality) {
        return pending.stream().filter(DoctorChoice::isPending).findFirst().map(existing ->
                existing.municipality().equals(newChoiceMunicipality)
                        ? Refusal.conflict("doctor-choice-in-progress", "DOC-16",
                                "A doctor choice is already in progress for this person (forløb " + existing.forloebId().value()
                                        + "); finish or cancel it first")
                        : Refusal.conflict("doctor-choice-in-progress-elsewhere", "DOC-16",
                                "A doctor choice is in progress in municipality " + existing.municipality().value()));
    }
}
