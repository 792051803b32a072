package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;

/** A doctor choice after it is made: read it, settle a consent (DOC-5), answer its dispensation (DOC-4). */
public interface DoctorChoiceUseCase {

    Outcome<DoctorChoiceCase> read(Actor reader, ForloebId forloebId);

    Outcome<DoctorChoiceCase> settleConsent(Actor actor, ForloebId forloebId, Cpr cpr, ConsentAnswer answer);

    /** The doctor's answer, registered by the system that receives it or by a caseworker. */
    Outcome<DoctorChoiceCase> answerDispensation(Actor actor, ForloebId forloebId, boolean approved, String note);
}
