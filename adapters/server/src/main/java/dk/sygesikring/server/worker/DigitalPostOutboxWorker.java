package dk.sygesikring.server.worker;

import dk.sygesikring.application.digitalpost.DeliverDigitalPostUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the Digital Post outbox on every instance of the service, every
 * {@code sygesikring.digital-post.outbox-worker.poll-interval}. Instances never deliver the same letter twice: each
 * letter is claimed with SKIP LOCKED (ADR 0013).
 */
@Singleton
@Requires(property = "sygesikring.digital-post.outbox-worker.enabled", notEquals = "false")
class DigitalPostOutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DigitalPostOutboxWorker.class);
    private static final int BATCH = 50;

    private final DeliverDigitalPostUseCase delivery;

    DigitalPostOutboxWorker(DeliverDigitalPostUseCase delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelay = "${sygesikring.digital-post.outbox-worker.poll-interval:1s}",
            initialDelay = "${sygesikring.digital-post.outbox-worker.initial-delay:2s}")
    void deliver() {
        try {
            int handled;
            do {
                handled = delivery.deliverDue(BATCH);
            } while (handled == BATCH);
        } catch (RuntimeException e) {
            // the next tick tries again; a failing tick must not stop the schedule
            LOG.error("Delivering the Digital Post outbox failed", e);
        }
    }
}
