package dk.sygesikring.adapters.persistence.idempotency;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("idempotent_request")
record IdempotentRequestRow(@Id String caller, String idempotencyKey, String fingerprint, UUID forloebId, Instant createdAt) {
}
