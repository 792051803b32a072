package dk.sygesikring.server.worker;

import dk.sygesikring.application.luna.DeliverLunaRegistrationsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the LUNA outbox on every instance of the service, every {@code sygesikring.luna.outbox.poll-interval}.
 * Instances never deliver the same message twice: each message is claimed with SKIP LOCKED (FORL-4).
 */
@Singleton
@Requires(property = "sygesikring.luna.outbox.enabled", notEquals = "false")
class LunaOutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(LunaOutboxWorker.class);
    private static final int BATCH = 50;

    private final DeliverLunaRegistrationsUseCase delivery;

    LunaOutboxWorker(DeliverLunaRegistrationsUseCase delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelay = "${sygesikring.luna.outbox.poll-interval:1s}", initialDelay = "${sygesikring.luna.outbox.initial-delay:2s}")
    void deliver() {
        try {
            int handled;
            do {
                handled = delivery.deliverDue(BATCH);
            } while (handled == BATCH);
        } catch (RuntimeException e) {
            // the next tick tries again; a failing tick must not stop the schedule
            LOG.error("Delivering the LUNA outbox failed", e);
        }
    }
}
