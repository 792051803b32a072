package dk.sygesikring.adapters.persistence.audit;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.domain.audit.AuditEntry;
import jakarta.inject.Singleton;

@Singleton
class AuditLogPersistenceAdapter implements AuditLogPort {

    private final AuditRepository rows;

    AuditLogPersistenceAdapter(AuditRepository rows) {
        this.rows = rows;
    }

    @Override
    public void record(AuditEntry entry) {
        rows.save(new AuditRow(null, entry.occurredAt(), entry.actorRole(), entry.actorId(),
                entry.municipality().value(), entry.action().name(), entry.subjectType(), entry.subjectId()));
    }
}
