package dk.sygesikring.domain.forloeb;

import java.time.Instant;
import java.util.Objects;

/** In progress, completed or cancelled (FORL-1); only a forløb in progress can change. */
public sealed interface ForloebStatus {

    String name();

    record InProgress() implements ForloebStatus {
        @Override
        public String name() {
            return "IN_PROGRESS";
        }
    }

    record Completed(Instant closedAt) implements ForloebStatus {
        public Completed {
            Objects.requireNonNull(closedAt, "closedAt");
        }

        @Override
        public String name() {
            return "COMPLETED";
        }
    }

    record Cancelled(Instant closedAt, Creator cancelledBy) implements ForloebStatus {
        public Cancelled {
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(cancelledBy, "cancelledBy");
        }

        @Override
        public String name() {
            return "CANCELLED";
        }
    }
}
