package dk.sygesikring.adapters.persistence.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("luna_outbox")
record LunaOutboxRow(@Id UUID id, UUID forloebId, String kind, String cpr, @Nullable String providerNumber,
                     @Nullable Short groupNumber, LocalDate validFrom, Instant createdAt, int attempts,
                     Instant nextAttemptAt, @Nullable Instant deliveredAt, @Nullable Instant rejectedAt,
                     @Nullable String lastError) {
}
