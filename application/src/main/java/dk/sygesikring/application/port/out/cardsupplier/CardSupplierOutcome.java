package dk.sygesikring.application.port.out.cardsupplier;

import java.time.Instant;
import java.util.Objects;

/** The card supplier's answer to an order: taken (now, or the first time for a repeated id), or refused. */
public sealed interface CardSupplierOutcome {

    /** @param supplierReference the supplier's own number for the order */
    record Accepted(String supplierReference, Instant receivedAt) implements CardSupplierOutcome {
        public Accepted {
            Objects.requireNonNull(supplierReference, "supplierReference");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** The supplier will not make this card (e.g. a field it cannot print); sending it again does not help. */
    record Rejected(String reason) implements CardSupplierOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
