package dk.sygesikring.application.card;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.CardOrderReportPort;
import dk.sygesikring.application.port.out.LoadMunicipalitiesPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.card.CardOrderReport;
import dk.sygesikring.domain.card.CardOrderReportPolicy;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Makes the card-order report (AUD-2) for those who may read it (ROLE-2). A caseworker's or administrator's report is
 * audited before it is read, as every read of persons is (AUD-1): one line naming the municipality and the period,
 * from which the persons shown are known, since orders are never deleted and keep their municipality and time.
 */
@Singleton
public class CardOrderReportService implements CardOrderReportUseCase {

    private final CardOrderReportPort orders;
    private final LoadMunicipalitiesPort municipalities;
    private final AuditLogPort auditLog;
    private final TransactionPort transactions;
    private final Clock clock;

    public CardOrderReportService(CardOrderReportPort orders, LoadMunicipalitiesPort municipalities, AuditLogPort auditLog,
                                  TransactionPort transactions, Clock clock) {
        this.orders = orders;
        this.municipalities = municipalities;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<CardOrderReport> report(Actor reader, MunicipalityCode municipality, ReportPeriod period) {
        Optional<Refusal> refusal = CardOrderReportPolicy.mayRead(reader, municipality);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (municipalities.loadMunicipalities().stream().noneMatch(known -> known.code().equals(municipality))) {
            return Outcome.refused(Refusal.notFound("municipality-not-found", "No municipality has the code " + municipality.value()));
        }
        if (reader.isAudited()) {
            auditLog.record(AuditEntry.municipalityUse(reader, AuditAction.READ_CARD_ORDER_REPORT,
                    municipality.value() + " " + period, clock.instant()));
        }
        return Outcome.success(CardOrderReport.of(municipality, period,
                transactions.inTransaction(() -> orders.rowsOf(municipality, period))));
    }
}
