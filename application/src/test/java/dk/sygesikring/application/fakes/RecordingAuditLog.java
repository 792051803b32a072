package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.domain.audit.AuditEntry;
import java.util.ArrayList;
import java.util.List;

/** The audit log as a list, for use-case tests. */
public final class RecordingAuditLog implements AuditLogPort {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }
}
