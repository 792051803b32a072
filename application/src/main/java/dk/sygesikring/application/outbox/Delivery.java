package dk.sygesikring.application.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of one outbox record that its external system answered, as its handler reads the answer. Every case
 * is final. "Not now" is not among them: the system's port throws
 * {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException} and the record stays pending.
 */
public sealed interface Delivery {

    /** The system took it: {@code receipt} is its reference, {@code at} its time of (first) receipt. */
    record Confirmed(String receipt, Instant at) implements Delivery {
        public Confirmed {
            Objects.requireNonNull(receipt, "receipt");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The system will not take it, e.g. LUNA's 422; trying again does not help. */
    record Refused(String reason) implements Delivery {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Not sent: nothing waits for it any more (its forløb was cancelled, its activity closed). */
    record Withdrawn(String reason) implements Delivery {
        public Withdrawn {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
