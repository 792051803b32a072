package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.person.Cpr;
import java.util.Optional;

/**
 * Online look-up in CPR (INT-2). Each call costs a fee: call it only on a caseworker's explicit request.
 */
public interface CprLookupPort {

    /**
     * @return the person as CPR holds them now, or empty when CPR knows no such number
     * @throws ExternalSystemUnavailableException when CPR does not answer in time, after retries
     */
    Optional<CprPersonRecord> lookUp(Cpr cpr);
}
