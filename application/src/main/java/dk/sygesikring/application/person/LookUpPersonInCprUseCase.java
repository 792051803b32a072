package dk.sygesikring.application.person;

import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;

/**
 * A caseworker's explicit online look-up in CPR (INT-2): it costs a fee, is audited, and refreshes
 * the local copy of the person. If CPR cannot be reached, nothing is written.
 */
public interface LookUpPersonInCprUseCase {

    /** @throws dk.sygesikring.application.port.out.ExternalSystemUnavailableException when CPR does not answer */
    Outcome<PersonView> lookUp(Caseworker caseworker, Cpr cpr);
}
