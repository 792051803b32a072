package dk.sygesikring.application.port.out.cardsupplier;

import java.time.Instant;
import java.util.Objects;

/** The card supplier's answer to withdrawing an order (CARD-9). */
public sealed interface CardSupplierCancellation {

    /** Withdrawn (now, or earlier for a repeated call): no card will be made. */
    record Cancelled(Instant at) implements CardSupplierCancellation {
        public Cancelled {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Too late: the card was drawn and will be made and posted. */
    record AlreadyDrawn(Instant drawnAt) implements CardSupplierCancellation {
        public AlreadyDrawn {
            Objects.requireNonNull(drawnAt, "drawnAt");
        }
    }

    /** The supplier has no order with this id: it never arrived, so nothing will be made. */
    record NotKnown() implements CardSupplierCancellation {
    }
}
