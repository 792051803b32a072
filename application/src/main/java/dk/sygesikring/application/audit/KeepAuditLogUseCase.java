package dk.sygesikring.application.audit;

/**
 * AUD-1 at scale (ADR 0021): the audit log's months exist before their lines arrive, and months past the retention
 * are dropped. Run daily by the scheduler on one instance; running it again the same day changes nothing.
 */
public interface KeepAuditLogUseCase {

    AuditLogUpkeep keepUp();
}
