package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.forloeb.ForloebId;
import java.util.Optional;

/**
 * Remembers which forløb a client's Idempotency-Key created, per caller, so a repeated request returns the first
 * answer and does nothing twice.
 */
public interface IdempotencyPort {

    record Remembered(String fingerprint, ForloebId forloebId) {
    }

    /**
     * Claims the key for this caller. False when it was claimed before (a concurrent claim waits for the other
     * transaction to end, then sees its result).
     */
    boolean claim(String caller, String key, String fingerprint, ForloebId forloebId);

    Optional<Remembered> find(String caller, String key);
}
