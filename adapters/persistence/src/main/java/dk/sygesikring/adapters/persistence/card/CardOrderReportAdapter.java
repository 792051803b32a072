package dk.sygesikring.adapters.persistence.card;

import dk.sygesikring.application.port.out.CardOrderReportPort;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderReportRow;
import dk.sygesikring.domain.card.FeeExemption;
import dk.sygesikring.domain.card.NotOrderedBecause;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The AUD-2 report's rows: one range of the index {@code card_order_of_municipality (municipality_code, created_at)},
 * eleven columns of each order, in the order made; the totals are the domain's, in one pass over these rows.
 */
@Singleton
class CardOrderReportAdapter implements CardOrderReportPort {

    private final CardOrderRepository rows;

    CardOrderReportAdapter(CardOrderRepository rows) {
        this.rows = rows;
    }

    @Override
    public List<CardOrderReportRow> rowsOf(MunicipalityCode municipality, ReportPeriod period) {
        return rows.findForReport(municipality.value(), period.start(), period.end()).stream()
                .map(CardOrderReportAdapter::toRow).toList();
    }

    private static CardOrderReportRow toRow(CardOrderReportLine line) {
        CardFeeDecision fee = switch (line.feeDecision()) {
            case "CHARGED" -> new CardFeeDecision.Charged(line.feeKroner());
            case "EXEMPT" -> new CardFeeDecision.Exempt(FeeExemption.valueOf(line.feeExemption()));
            case "NOT_THE_PERSONS_DOING" -> new CardFeeDecision.NotThePersonsDoing();
            default -> throw new IllegalStateException("unknown fee decision " + line.feeDecision());
        };
        return new CardOrderReportRow(line.id(), line.createdAt(), Cpr.of(line.cpr()), CardOrderReason.valueOf(line.reason()),
                fee, CardOrderReportRow.Payment.valueOf(line.payment()), Optional.ofNullable(line.paymentChannel()),
                CardOrderReportRow.Status.valueOf(line.state()),
                Optional.ofNullable(line.notOrderedBecause()).map(NotOrderedBecause::valueOf));
    }
}
