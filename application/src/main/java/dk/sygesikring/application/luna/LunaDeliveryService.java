package dk.sygesikring.application.luna;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.LunaOutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaPort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
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
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    private enum Delivery { HANDLED, LUNA_UNAVAILABLE }

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
        int handled = 0;
        while (handled < max) {
            Optional<Delivery> delivery = transactions.inTransaction(this::deliverNext);
            if (delivery.isEmpty()) {
                break;
            }
            handled++;
            if (delivery.get() == Delivery.LUNA_UNAVAILABLE) {
                break; // the rest waits for their next attempt; no point calling a system that is down
            }
        }
        return handled;
    }

    private Optional<Delivery> deliverNext() {
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
            return Optional.of(Delivery.HANDLED);
        } catch (ExternalSystemUnavailableException e) {
            outbox.retryLater(message.id(), e.getMessage(), now.plus(backoff(message.attempts())));
            return Optional.of(Delivery.LUNA_UNAVAILABLE);
        } catch (RuntimeException e) {
            // A defect (ours or LUNA's): keep the message, try much later, and say so loudly.
            LOG.log(System.Logger.Level.ERROR, "Delivering outbox message " + message.id() + " to LUNA failed", e);
            outbox.retryLater(message.id(), e.toString(), now.plus(LONGEST_RETRY));
            return Optional.of(Delivery.HANDLED);
        }
    }

    /** 2 s, 4 s, 8 s, ... up to 5 minutes. */
    static Duration backoff(int attemptsSoFar) {
        long seconds = FIRST_RETRY.toSeconds() << Math.min(attemptsSoFar, 16);
        return seconds >= LONGEST_RETRY.toSeconds() ? LONGEST_RETRY : Duration.ofSeconds(seconds);
    }
}
