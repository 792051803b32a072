package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.CardOrderReportPort;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReportRow;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.Comparator;
import java.util.List;

/** The report's rows of the in-memory card orders, as the database would select them. */
public final class InMemoryCardOrderReport implements CardOrderReportPort {

    private final InMemoryCardOrders orders;
    private int reads;

    public InMemoryCardOrderReport(InMemoryCardOrders orders) {
        this.orders = orders;
    }

    /** How many periods were read: a refused report reads none. */
    public int reads() {
        return reads;
    }

    @Override
    public List<CardOrderReportRow> rowsOf(MunicipalityCode municipality, ReportPeriod period) {
        reads++;
        return orders.all().stream()
                .filter(order -> order.municipality().equals(municipality) && period.contains(order.createdAt()))
                .sorted(Comparator.comparing(CardOrder::createdAt).thenComparing(CardOrder::id))
                .map(CardOrderReportRow::of)
                .toList();
    }
}
