package dk.sygesikring.adapters.persistence.outbox;

import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
class OutboxPersistenceAdapter implements OutboxPort {

    private final OutboxRepository rows;
    private final OutboxPayloadCodec payloads;

    OutboxPersistenceAdapter(OutboxRepository rows, OutboxPayloadCodec payloads) {
        this.rows = rows;
        this.payloads = payloads;
    }

    @Override
    public void enqueue(UUID id, ForloebId forloebId, OutboxPayload payload, Instant now) {
        String stored = payloads.encode(payload);
        rows.insert(id, payload.kind().name(), forloebId.value(), stored, now);
    }

    @Override
    public Optional<OutboxRecord> claimNextDue(Set<OutboxKind> kinds, Instant now) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        String[] names = kinds.stream().map(OutboxKind::name).toArray(String[]::new);
        return rows.findNextDue(names, now).map(this::toRecord);
    }

    @Override
    public void markConfirmed(UUID id, String receipt, Instant at) {
        rows.markConfirmed(id, receipt, at);
    }

    @Override
    public void markRefused(UUID id, String reason, Instant at) {
        rows.markRefused(id, reason, at);
    }

    @Override
    public void markWithdrawn(UUID id, String reason, Instant at) {
        rows.markWithdrawn(id, reason, at);
    }

    @Override
    public void retryLater(UUID id, String error, Instant nextAttempt) {
        rows.retryLater(id, error, nextAttempt);
    }

    @Override
    public boolean withdrawAll(ForloebId forloebId, OutboxKind kind, String reason, Instant at) {
        List<UUID> locked = rows.lockPending(forloebId.value(), kind.name());
        if (locked.size() != rows.countByForloebIdAndKind(forloebId.value(), kind.name())) {
            return false; // one has left, or another instance is delivering it right now
        }
        locked.forEach(id -> rows.markWithdrawn(id, reason, at));
        return true;
    }

    @Override
    public void withdrawOthers(UUID id, String reason, Instant at) {
        rows.lockOtherPending(id).forEach(other -> rows.markWithdrawn(other, reason, at));
    }

    private OutboxRecord toRecord(OutboxRow row) {
        OutboxKind kind = OutboxKind.valueOf(row.kind());
        OutboxPayload payload = payloads.decode(kind, row.forloebId(), row.payload());
        return new OutboxRecord(row.id(), new ForloebId(row.forloebId()), payload, row.attempts());
    }
}
