package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import java.time.LocalDate;

/**
 * DOC-14, DOC-15: the system assigns a doctor (automatic assignment, a CPR event such as immigration). Called by
 * the CPR event feed and practice events (later capabilities); the rules live here so they are the same for all.
 */
public interface AssignDoctorUseCase {

    /** @return the doctor choice's forløb, or the MISSING_DOCTOR_CHOICE forløb with a caseworker's task */
    Outcome<Forloeb> assignAutomatically(Cpr cpr, ChoiceReason reason, LocalDate validFrom);
}
