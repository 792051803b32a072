package dk.sygesikring.adapters.persistence.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code outbox} (V10); {@code payload} is its jsonb as text. */
@MappedEntity("outbox")
record OutboxRow(@Id UUID id, String kind, UUID forloebId, String payload, Instant createdAt,
                 String state, int attempts, Instant nextAttemptAt, @Nullable Instant closedAt, @Nullable String receipt,
                 @Nullable String lastError) {
}
