package dk.sygesikring.domain.forloeb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One step of a forløb (FORL-1). Who closed it and when is kept: the forløb shows who decided (DOC-4).
 *
 * @param deadline    null when the step has none
 * @param responsible the caseworker responsible, or null
 * @param closedBy    null while open
 */
public record Activity(UUID id, ActivityType type, ActivityState state, Instant createdAt, LocalDate deadline,
                       String responsible, String note, Instant closedAt, Creator closedBy) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Activity open(ActivityType type, Instant now, LocalDate deadline, String note) {
        return new Activity(UUID.randomUUID(), type, ActivityState.OPEN, now, deadline, null, note, null, null);
    }

    public boolean isOpen() {
        return state == ActivityState.OPEN;
    }

    Activity close(ActivityState outcome, Instant at, Creator by, String closingNote) {
        if (!isOpen()) {
            throw new IllegalStateException("activity " + id + " is already " + state);
        }
        return new Activity(id, type, outcome, createdAt, deadline, responsible,
                closingNote == null ? note : closingNote, at, by);
    }
}
