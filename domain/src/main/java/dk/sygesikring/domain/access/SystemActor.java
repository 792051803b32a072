package dk.sygesikring.domain.access;

/** The system itself: automatic processing, CPR events, deadlines. */
public record SystemActor(String name) implements Actor {
}
