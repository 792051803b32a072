package dk.sygesikring.domain.group;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a group change stands.
 * <pre>
 *   AwaitingLuna ──LUNA confirms──▶ Registered
 *        ├───────LUNA refuses────▶ RefusedByLuna
 *        └───────forløb cancelled▶ Cancelled
 * </pre>
 */
public sealed interface GroupChangeState {

    /** The name stored and shown, e.g. AWAITING_LUNA. */
    String name();

    /** When the change came into this state. */
    Instant since();

    /** Handed to LUNA through the outbox (FORL-4), not yet answered. */
    record AwaitingLuna(Instant since) implements GroupChangeState {
        public AwaitingLuna {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String name() {
            return "AWAITING_LUNA";
        }
    }

    /** LUNA holds the change: it is in the person's registration history from its valid-from date (GRP-4). */
    record Registered(Instant since) implements GroupChangeState {
        public Registered {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String name() {
            return "REGISTERED";
        }
    }

    /** LUNA refused it (DOC-7, INT-5): a caseworker's task now, not a change on its way. */
    record RefusedByLuna(String reason, Instant since) implements GroupChangeState {
        public RefusedByLuna {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String name() {
            return "REFUSED_BY_LUNA";
        }
    }

    /** Its forløb was cancelled before LUNA had it (FORL-3). */
    record Cancelled(Instant since) implements GroupChangeState {
        public Cancelled {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String name() {
            return "CANCELLED";
        }
    }
}
