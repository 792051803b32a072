package dk.sygesikring.application.luna;

import dk.sygesikring.application.outbox.OutboxBackoff;
import dk.sygesikring.application.outbox.OutboxBatch;
import dk.sygesikring.application.outbox.OutboxBatch.Step;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.LunaOutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaPort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One message per transaction: claim it (locked, skipped by other instances), call LUNA with the message id as
 * idempotency key, and in the same transaction mark it delivered and move the forløb on. A crash anywhere leaves
 * the message due; delivering it again is harmless because LUNA answers a known key with the first registration.
 */
@Singleton
public class LunaDeliveryService implements DeliverLunaRegistrationsUseCase {

    /** The JDK's logging facade: the application depends on no framework; the server routes it to Logback. */
    private static final System.Logger LOG = System.getLogger(LunaDeliveryService.class.getName());

    private final LunaOutboxPort outbox;
    private final LunaPort luna;
    private final LunaConfirmations confirmations;
    private final TransactionPort transactions;
    private final Clock clock;

    public LunaDeliveryService(LunaOutboxPort outbox, LunaPort luna, LunaConfirmations confirmations,
                               TransactionPort transactions, Clock clock) {
        this.outbox = outbox;
        this.luna = luna;
        this.confirmations = confirmations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int deliverDue(int max) {
        return OutboxBatch.deliver(max, transactions, this::deliverNext);
    }

    private Optional<Step> deliverNext() {
        Instant now = clock.instant();
        Optional<LunaOutboxPort.Message> next = outbox.claimNextDue(now);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        LunaOutboxPort.Message message = next.get();
        try {
            LunaOutcome outcome = luna.register(message.registration(), message.id().toString());
            switch (outcome) {
                case LunaOutcome.Registered registered -> {
                    outbox.markDelivered(message.id(), now);
                    confirmations.registered(message.registration(), registered, now);
                }
                case LunaOutcome.Rejected rejected -> {
                    outbox.markRejected(message.id(), rejected.reason(), now);
                    confirmations.rejected(message.registration(), rejected.reason(), now);
                }
            }
            return Optional.of(Step.HANDLED);
        } catch (ExternalSystemUnavailableException e) {
            outbox.retryLater(message.id(), e.getMessage(), now.plus(OutboxBackoff.after(message.attempts())));
            return Optional.of(Step.SYSTEM_UNAVAILABLE);
        } catch (RuntimeException e) {
            // A defect (ours or LUNA's): keep the message, try much later, and say so loudly.
            LOG.log(System.Logger.Level.ERROR, "Delivering outbox message " + message.id() + " to LUNA failed", e);
            outbox.retryLater(message.id(), e.toString(), now.plus(OutboxBackoff.LONGEST));
            return Optional.of(Step.HANDLED);
        }
    }
}
