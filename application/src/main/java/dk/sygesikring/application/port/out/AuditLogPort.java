package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.audit.AuditEntry;

/** Appends to the audit log (AUD-1). */
public interface AuditLogPort {
    void record(AuditEntry entry);
}
