package dk.sygesikring.application.practitioner;

import dk.sygesikring.domain.forloeb.Creator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One synchronisation of the practitioner register with LUNA (INT-1): when it ran, why, and what came of it.
 *
 * @param requestedBy who asked for it; empty for the daily run
 */
public record PractitionerSynchronisation(UUID id, Trigger trigger, Optional<Creator> requestedBy, Instant startedAt,
                                          Instant finishedAt, Result result) {

    public enum Trigger { SCHEDULED, ON_DEMAND }

    public PractitionerSynchronisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(result, "result");
        if ((trigger == Trigger.ON_DEMAND) != requestedBy.isPresent()) {
            throw new IllegalArgumentException("a synchronisation on demand names who asked, a scheduled one nobody");
        }
    }

    /** What a synchronisation came to. */
    public sealed interface Result permits Completed, Failed {
    }

    /**
     * The register now holds LUNA's list.
     *
     * @param listed the practitioners LUNA listed
     * @param closed the practitioners LUNA no longer listed, now closed down
     */
    public record Completed(int listed, int added, int changed, int closed) implements Result {
    }

    /** Nothing in the register was changed; {@code reason} says why, for the operator. */
    public record Failed(String reason) implements Result {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
