package dk.sygesikring.application.practitioner;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.result.Outcome;
import java.util.List;

/**
 * INT-1: the practitioner register is kept from LUNA's practitioners, daily and when an administrator asks. Any number
 * of service instances may run it: one synchronisation at a time changes the register.
 */
public interface SynchronisePractitionersUseCase {

    /** The daily run, by the scheduler. */
    PractitionerSynchronisation synchroniseScheduled();

    /** A run asked for now by a municipal administrator or the system (ROLE-1). */
    Outcome<PractitionerSynchronisation> synchroniseOnDemand(Actor actor);

    /** The latest runs, newest first, at most {@code limit}; for administrators and the system. */
    Outcome<List<PractitionerSynchronisation>> latest(Actor reader, int limit);
}
