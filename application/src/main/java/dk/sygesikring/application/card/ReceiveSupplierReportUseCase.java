package dk.sygesikring.application.card;

import dk.sygesikring.domain.result.Outcome;

/** The card supplier's reports on its orders (CARD-9, CARD-12), each taken once whatever their order of arrival. */
public interface ReceiveSupplierReportUseCase {

    /** What became of the report: taken, or a report already taken; refused for an order this service never made. */
    Outcome<Receipt> receive(SupplierReport report);

    enum Receipt {
        /** The first delivery of the report; the order moved on if the report was news. */
        TAKEN,
        /** Delivered before: nothing changed. */
        ALREADY_TAKEN
    }
}
