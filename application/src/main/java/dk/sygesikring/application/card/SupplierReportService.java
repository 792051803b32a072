package dk.sygesikring.application.card;

import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Takes the supplier's reports: the order is locked first, so two deliveries of one report queue and the second finds
 * its id recorded; a report the order has passed (late, or after a cancellation) is recorded and changes nothing.
 */
@Singleton
public class SupplierReportService implements ReceiveSupplierReportUseCase {

    static final Refusal NO_SUCH_ORDER = Refusal.notFound("card-order-not-found", "No card order has this id");

    private final CardOrderStorePort orders;
    private final CardOrderProgress progress;
    private final TransactionPort transactions;
    private final Clock clock;

    public SupplierReportService(CardOrderStorePort orders, CardOrderProgress progress, TransactionPort transactions,
                                 Clock clock) {
        this.orders = orders;
        this.progress = progress;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Receipt> receive(SupplierReport report) {
        return transactions.inTransaction(() -> Outcome.present(orders.loadForUpdate(report.orderId()), NO_SUCH_ORDER)
                .map(order -> take(order, report, clock.instant())));
    }

    private Receipt take(CardOrder order, SupplierReport report, Instant now) {
        if (!orders.recordReport(report.reportId(), order.id(), report.status(), report.occurredAt(), now)) {
            return Receipt.ALREADY_TAKEN;
        }
        CardOrder moved = order.reported(report.status(), report.supplierReference(), report.occurredAt());
        if (moved.isDispatched() && !order.isDispatched()) {
            progress.dispatched(moved, now);
        } else if (!moved.equals(order)) {
            orders.save(moved);
        }
        return Receipt.TAKEN;
    }
}
