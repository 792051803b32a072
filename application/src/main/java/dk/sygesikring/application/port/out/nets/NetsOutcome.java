package dk.sygesikring.application.port.out.nets;

import java.time.Instant;
import java.util.Objects;

/** Nets's answer to a charge, cancel or refund: done (now, or the first time for a repeated key), or refused. */
public sealed interface NetsOutcome {

    /** @param id Nets's id of what was done (charge id, refund id); for a cancel, the payment's id */
    record Done(String id, Instant at) implements NetsOutcome {
        public Done {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Nets will not do it (e.g. more than is reserved, a payment already cancelled); trying again does not help. */
    record Refused(String reason) implements NetsOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
