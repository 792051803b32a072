package dk.sygesikring.application.port.out;

import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Registrations waiting to reach LUNA (FORL-4). A message is written in the same transaction as its forløb and
 * delivered later; its id is the idempotency key LUNA sees, so a repeated delivery registers nothing twice.
 */
public interface LunaOutboxPort {

    record Message(UUID id, LunaRegistration registration, int attempts) {
    }

    void enqueue(UUID id, LunaRegistration registration, Instant now);

    /**
     * The next message due for delivery, locked for this transaction and skipped by every other (several service
     * instances deliver side by side, each message once).
     */
    Optional<Message> claimNextDue(Instant now);

    /**
     * Calls back the forløb's registrations if none of them has left for LUNA: true when every one was still
     * undelivered and is now discarded; false, changing nothing, when any was delivered, refused, or is being
     * delivered right now.
     */
    boolean withdrawAll(ForloebId forloebId);

    void markDelivered(UUID id, Instant at);

    void markRejected(UUID id, String reason, Instant at);

    void retryLater(UUID id, String error, Instant nextAttempt);

    void discard(UUID id);
}
