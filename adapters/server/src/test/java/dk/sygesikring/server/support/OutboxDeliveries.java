package dk.sygesikring.server.support;

import dk.sygesikring.application.outbox.DeliverOutboxUseCase;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Runs the service's delivery loop in a test until the test's own records have their answer. The loop is the
 * production one, so records other test classes left in the shared outbox may go out meanwhile; a test counts and
 * checks only its own (by its forløb), never relies on those others, and does not wait for them.
 */
@Singleton
public class OutboxDeliveries {

    private static final int BATCH = 100;
    private static final int MAX_ROUNDS = 500;
    /** Past the longest back-off (OutboxBackoff.LONGEST). */
    private static final Duration PAST_EVERY_BACKOFF = Duration.ofMinutes(10);

    private final DeliverOutboxUseCase delivery;
    private final OutboxTable outbox;
    private final MutableClock clock;

    public OutboxDeliveries(DeliverOutboxUseCase delivery, OutboxTable outbox, MutableClock clock) {
        this.delivery = delivery;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The kinds a test waits for unless it names others: LUNA's and Digital Post's. A doctor choice in effect also
     * orders cards and may charge a payment; a test that follows those names their kinds (and runs their simulators),
     * the others leave them pending, for the next class's clean-up ({@link LeaveTheSharedDatabaseAsFound}).
     */
    public static final Set<String> REGISTRATIONS_AND_LETTERS = Set.of("LUNA_REGISTRATION", "DIGITAL_POST_LETTER", "PRINT_LETTER");

    /** Delivers until no LUNA, Digital Post or print record of these forløb is pending, or none of them is due. */
    public void deliverFor(Collection<UUID> forloebIds) {
        deliverFor(REGISTRATIONS_AND_LETTERS, forloebIds);
    }

    /** Delivers until no record of these kinds of these forløb is pending, or none of them is due. */
    public void deliverFor(Set<String> kinds, Collection<UUID> forloebIds) {
        for (int round = 0; round < MAX_ROUNDS && anyPending(kinds, forloebIds); round++) {
            if (delivery.deliverDue(BATCH) == 0) {
                return;
            }
        }
    }

    public void deliverFor(String... forloebIds) {
        deliverFor(ids(forloebIds));
    }

    /** The same through outages: whenever they wait for a back-off, the clock moves past it. */
    public void deliverForMovingTime(Collection<UUID> forloebIds) {
        deliverForMovingTime(REGISTRATIONS_AND_LETTERS, forloebIds);
    }

    /** The same for records of these kinds. */
    public void deliverForMovingTime(Set<String> kinds, Collection<UUID> forloebIds) {
        for (int round = 0; round < MAX_ROUNDS && anyPending(kinds, forloebIds); round++) {
            if (delivery.deliverDue(BATCH) == 0) {
                clock.advance(PAST_EVERY_BACKOFF);
            }
        }
    }

    public boolean anyPending(Collection<UUID> forloebIds) {
        return anyPending(REGISTRATIONS_AND_LETTERS, forloebIds);
    }

    public boolean anyPending(Set<String> kinds, Collection<UUID> forloebIds) {
        return outbox.ofForloeb(forloebIds).stream().anyMatch(row -> row.isPending() && kinds.contains(row.kind()));
    }

    public static List<UUID> ids(String... forloebIds) {
        return Arrays.stream(forloebIds).map(UUID::fromString).toList();
    }

    public static List<UUID> ids(Collection<String> forloebIds) {
        return forloebIds.stream().map(UUID::fromString).toList();
    }
}
