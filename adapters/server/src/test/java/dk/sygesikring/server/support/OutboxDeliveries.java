package dk.sygesikring.server.support;

import dk.sygesikring.application.outbox.DeliverOutboxUseCase;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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

    /** Delivers until no record of these forløb is pending, or none of them is due. */
    public void deliverFor(Collection<UUID> forloebIds) {
        for (int round = 0; round < MAX_ROUNDS && anyPending(forloebIds); round++) {
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
        for (int round = 0; round < MAX_ROUNDS && anyPending(forloebIds); round++) {
            if (delivery.deliverDue(BATCH) == 0) {
                clock.advance(PAST_EVERY_BACKOFF);
            }
        }
    }

    public boolean anyPending(Collection<UUID> forloebIds) {
        return outbox.ofForloeb(forloebIds).stream().anyMatch(OutboxTable.Row::isPending);
    }

    public static List<UUID> ids(String... forloebIds) {
        return Arrays.stream(forloebIds).map(UUID::fromString).toList();
    }

    public static List<UUID> ids(Collection<String> forloebIds) {
        return forloebIds.stream().map(UUID::fromString).toList();
    }
}
