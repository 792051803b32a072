package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.person.Cpr;
import java.util.List;

/**
 * DOC-9: CPR reported that the person moved; choices waiting for that move are approved and go to LUNA. Called by
 * the CPR event feed (a later capability); the transition lives here so it is the same for every caller.
 */
public interface MoveEventUseCase {

    /** @return the choices that moved on */
    List<DoctorChoiceCase> moveEventArrived(Cpr cpr);
}
