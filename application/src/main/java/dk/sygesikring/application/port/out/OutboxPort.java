package dk.sygesikring.application.port.out;

import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one outbox of every external system (ADR 0016): a record is written in the same transaction as the forløb
 * that needs it and delivered later, one record per transaction. A record is pending until it is confirmed, refused
 * or withdrawn; those three are final.
 */
public interface OutboxPort {

    /**
     * Stores a pending record, due at once, in the caller's transaction.
     *
     * @param id the idempotency key the external system will see
     */
    void enqueue(UUID id, ForloebId forloebId, OutboxPayload payload, Instant now);

    /**
     * The pending record of one of these kinds that fell due first, locked for this transaction and skipped by every
     * other (several service instances deliver side by side, each record once).
     */
    Optional<OutboxRecord> claimNextDue(Set<OutboxKind> kinds, Instant now);

    /** The system took it; {@code receipt} is its reference (registration id, delivery id), {@code at} its time. */
    void markConfirmed(UUID id, String receipt, Instant at);

    /** The system will not take it; never tried again. */
    void markRefused(UUID id, String reason, Instant at);

    /** Not sent, because nothing waits for it any more; never tried again. */
    void markWithdrawn(UUID id, String reason, Instant at);

    /** Still pending, due again at {@code nextAttempt}; counts one more attempt. */
    void retryLater(UUID id, String error, Instant nextAttempt);

    /**
     * FORL-3: calls back all of the forløb's records of this kind if none of them has left: true when every one was
     * still pending and is now withdrawn; false, changing nothing, when any was confirmed or refused, or is being
     * delivered right now.
     */
    boolean withdrawAll(ForloebId forloebId, OutboxKind kind, String reason, Instant at);

    /**
     * Withdraws the other pending records of the same forløb and kind as record {@code id}, except any that another
     * instance is delivering right now (e.g. the rest of a family's registrations once LUNA refused one).
     */
    void withdrawOthers(UUID id, String reason, Instant at);
}
