package dk.sygesikring.server.config;

import dk.sygesikring.domain.audit.AuditRetention;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** AUD-1: how long the audit log is kept and how far ahead its months are made (ADR 0021, docs/configuration.md). */
@Factory
class AuditLogSettings {

    @Singleton
    AuditRetention retention(@Value("${sygesikring.audit.retention-months:12}") int monthsKept,
                             @Value("${sygesikring.audit.months-ahead:3}") int monthsAhead,
                             @Value("${sygesikring.audit.extraction-window-months:6}") int extractionWindowMonths) {
        return new AuditRetention(monthsKept, monthsAhead, extractionWindowMonths);
    }
}
