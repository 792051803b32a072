package dk.sygesikring.adapters.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("audit_log")
record AuditRow(@Id @GeneratedValue @Nullable Long id, Instant occurredAt, String actorRole, String actorId,
                String municipalityCode, String action, String subjectType, String subjectId) {
}
