package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.result.Outcome;

/** Choose a doctor (DOC-2..DOC-9, DOC-16, GRP-6, ROLE-3): the forløb is stored first, LUNA follows (FORL-4). */
public interface ChooseDoctorUseCase {
    Outcome<DoctorChoiceCase> choose(ChooseDoctorCommand command);
}
