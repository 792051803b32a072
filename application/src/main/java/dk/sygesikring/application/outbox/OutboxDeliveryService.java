package dk.sygesikring.application.outbox;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one delivery loop of the outbox (ADR 0016). One record per transaction: claim it (locked, skipped by other
 * instances), let its kind's handler deliver it, and store the answer with what it means for the forløb. A crash
 * anywhere leaves the record pending; delivering it again is harmless, because every system answers a known
 * idempotency key with its first answer.
 *
 * <p>A system that does not answer backs its record off ({@link OutboxBackoff}) and gets no further call in this
 * batch, while the other systems' records go on. A defect (ours, or an answer the system must not give) keeps the
 * record and tries it again after the longest back-off, loudly: fixing the defect then delivers it as it was.
 */
@Singleton
public class OutboxDeliveryService implements DeliverOutboxUseCase {

    /** The JDK's logging facade: the application depends on no framework; the server routes it to Logback. */
    private static final System.Logger LOG = System.getLogger(OutboxDeliveryService.class.getName());

    /** What became of one claimed record, for the batch. */
    private record Attempt(OutboxKind kind, boolean systemUnavailable) {
    }

    private final OutboxPort outbox;
    private final Map<OutboxKind, OutboxHandler> handlers = new EnumMap<>(OutboxKind.class);
    private final TransactionPort transactions;
    private final Clock clock;

    public OutboxDeliveryService(OutboxPort outbox, List<OutboxHandler> handlers, TransactionPort transactions, Clock clock) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        for (OutboxHandler handler : handlers) {
            if (this.handlers.putIfAbsent(handler.kind(), handler) != null) {
                throw new IllegalStateException("two outbox handlers for " + handler.kind());
            }
        }
    }

    @Override
    public int deliverDue(int max) {
        Set<OutboxKind> reachable = handlers.isEmpty() ? EnumSet.noneOf(OutboxKind.class) : EnumSet.copyOf(handlers.keySet());
        int handled = 0;
        while (handled < max && !reachable.isEmpty()) {
            Optional<Attempt> attempt = transactions.inTransaction(() -> deliverNext(reachable));
            if (attempt.isEmpty()) {
                break;
            }
            handled++;
            if (attempt.get().systemUnavailable()) {
                reachable.remove(attempt.get().kind()); // no point calling a system that is down
            }
        }
        return handled;
    }

    private Optional<Attempt> deliverNext(Set<OutboxKind> kinds) {
        Instant now = clock.instant();
        Optional<OutboxRecord> next = outbox.claimNextDue(kinds, now);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        OutboxRecord record = next.get();
        try {
            switch (handlers.get(record.kind()).deliver(record, now)) {
                case Delivery.Confirmed confirmed -> outbox.markConfirmed(record.id(), confirmed.receipt(), confirmed.at());
                case Delivery.Refused refused -> outbox.markRefused(record.id(), refused.reason(), now);
                case Delivery.Withdrawn withdrawn -> outbox.markWithdrawn(record.id(), withdrawn.reason(), now);
            }
            return Optional.of(new Attempt(record.kind(), false));
        } catch (ExternalSystemUnavailableException e) {
            outbox.retryLater(record.id(), e.getMessage(), now.plus(OutboxBackoff.after(record.attempts())));
            return Optional.of(new Attempt(record.kind(), true));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Delivering outbox record " + record.id() + " (" + record.kind()
                    + ") failed; it is tried again in " + OutboxBackoff.LONGEST.toMinutes() + " minutes", e);
            outbox.retryLater(record.id(), e.toString(), now.plus(OutboxBackoff.LONGEST));
            return Optional.of(new Attempt(record.kind(), false));
        }
    }
}
