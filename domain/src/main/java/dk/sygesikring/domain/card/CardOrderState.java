package dk.sygesikring.domain.card;

import dk.sygesikring.domain.forloeb.Creator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a card order is: waiting for its day, on its way to the card supplier, at the supplier, drawn, dispatched;
 * or ended without a card. The supplier's reports move an order forward only ({@link #progress}), so a report that
 * arrives late or twice changes nothing.
 */
public sealed interface CardOrderState {

    /** The state's name as the contract and the report spell it: AT_SUPPLIER for {@link AtSupplier}. */
    default String name() {
        return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** How far the order has come on its way to the person; the states that end it without a card have none. */
    default int progress() {
        return 0;
    }

    /** A card will or may still be made. */
    default boolean isUnderway() {
        return false;
    }

    /**
     * CARD-12: paid by payment card, the card waits until the citizen has reserved the amount in Nets's checkout;
     * then it waits for {@code orderOn} as any other.
     */
    record AwaitingPayment(LocalDate orderOn) implements CardOrderState {
        public AwaitingPayment {
            Objects.requireNonNull(orderOn, "orderOn");
        }

        @Override
        public boolean isUnderway() {
            return true;
        }
    }

    /** CARD-5, CARD-7: ordered on {@code orderOn}, a persistent deadline; nothing has gone to the supplier. */
    record WaitingToOrder(LocalDate orderOn) implements CardOrderState {
        public WaitingToOrder {
            Objects.requireNonNull(orderOn, "orderOn");
        }

        @Override
        public boolean isUnderway() {
            return true;
        }
    }

    /** Handed to the outbox for the card supplier. */
    record Ordered(Instant at) implements CardOrderState {
        public Ordered {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public int progress() {
            return 1;
        }

        @Override
        public boolean isUnderway() {
            return true;
        }
    }

    /** The supplier has the order and has not drawn it yet: it can still be withdrawn (CARD-9). */
    record AtSupplier(Instant receivedAt, String supplierReference) implements CardOrderState {
        public AtSupplier {
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(supplierReference, "supplierReference");
        }

        @Override
        public int progress() {
            return 2;
        }

        @Override
        public boolean isUnderway() {
            return true;
        }
    }

    /** Drawn at the supplier: the card is being made and the order can no longer be cancelled (CARD-9). */
    record Drawn(Instant at, String supplierReference) implements CardOrderState {
        public Drawn {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(supplierReference, "supplierReference");
        }

        @Override
        public int progress() {
            return 3;
        }

        @Override
        public boolean isUnderway() {
            return true;
        }
    }

    /** Posted to the person, or to the municipality for an unknown address (CARD-6): the card is the person's. */
    record Dispatched(Instant at, String supplierReference) implements CardOrderState {
        public Dispatched {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(supplierReference, "supplierReference");
        }

        @Override
        public int progress() {
            return 4;
        }

        @Override
        public boolean isUnderway() {
            return true;
        }
    }

    /** Its forløb was cancelled before the card was drawn (CARD-9); the order itself is kept. */
    record Cancelled(Instant at, Creator by) implements CardOrderState {
        public Cancelled {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
        }
    }

    /** The supplier would not make the card; a caseworker looks at it. */
    record RefusedBySupplier(String reason, Instant at) implements CardOrderState {
        public RefusedBySupplier {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }

    /** An automatic order that makes no card (CARD-6, CARD-8, CARD-10); the forløb still records it. */
    record NotOrdered(NotOrderedBecause because) implements CardOrderState {
        public NotOrdered {
            Objects.requireNonNull(because, "because");
        }
    }
}
