package dk.sygesikring.server.worker;

import dk.sygesikring.application.outbox.DeliverOutboxUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox, every external system's records, on every instance of the service, every
 * {@code sygesikring.outbox.poll-interval}. Instances never deliver the same record twice: each record is claimed
 * with SKIP LOCKED (ADR 0016).
 */
@Singleton
@Requires(property = "sygesikring.outbox.enabled", notEquals = "false")
class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 50;

    private final DeliverOutboxUseCase delivery;

    OutboxWorker(DeliverOutboxUseCase delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelay = "${sygesikring.outbox.poll-interval:1s}", initialDelay = "${sygesikring.outbox.initial-delay:2s}")
    void deliver() {
        try {
            int handled;
            do {
                handled = delivery.deliverDue(BATCH);
            } while (handled == BATCH);
        } catch (RuntimeException e) {
            // the next tick tries again; a failing tick must not stop the schedule
            LOG.error("Delivering the outbox failed", e);
        }
    }
}
