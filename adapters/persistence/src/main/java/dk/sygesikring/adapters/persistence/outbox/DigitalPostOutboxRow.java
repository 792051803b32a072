package dk.sygesikring.adapters.persistence.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("digital_post_outbox")
record DigitalPostOutboxRow(@Id UUID id, UUID forloebId, UUID activityId, String recipientType, String recipientId,
                            String title, byte[] pdf, Instant createdAt, int attempts, Instant nextAttemptAt,
                            @Nullable Instant deliveredAt, @Nullable String deliveryId, @Nullable Instant failedAt,
                            @Nullable String lastError) {
}
