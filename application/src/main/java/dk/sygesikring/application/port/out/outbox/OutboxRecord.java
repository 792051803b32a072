package dk.sygesikring.application.port.out.outbox;

import dk.sygesikring.domain.forloeb.ForloebId;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of work for an external system, written with its forløb and delivered later (forløb first, FORL-4).
 *
 * @param id       also the idempotency key the external system sees, so a repeated delivery does nothing twice
 * @param attempts how many delivery attempts it has had
 */
public record OutboxRecord(UUID id, ForloebId forloebId, OutboxPayload payload, int attempts) {

    public OutboxRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(payload, "payload");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are never negative");
        }
    }

    public OutboxKind kind() {
        return payload.kind();
    }

    /** The payload as the type its kind carries; a handler asks for its own. */
    public <P extends OutboxPayload> P payload(Class<P> type) {
        if (!type.isInstance(payload)) {
            throw new IllegalStateException("outbox record " + id + " of kind " + kind() + " carries "
                    + payload.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(payload);
    }
}
