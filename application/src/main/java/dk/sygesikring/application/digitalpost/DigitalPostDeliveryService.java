package dk.sygesikring.application.digitalpost;

import dk.sygesikring.application.outbox.OutboxBackoff;
import dk.sygesikring.application.outbox.OutboxBatch;
import dk.sygesikring.application.outbox.OutboxBatch.Step;
import dk.sygesikring.application.port.out.DigitalPostOutboxPort;
import dk.sygesikring.application.port.out.DigitalPostOutboxPort.Letter;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One letter per transaction: claim it (locked, skipped by other instances), send it with its id as idempotency key,
 * and in the same transaction record the answer and move the forløb on. A crash anywhere leaves the letter due;
 * sending it again is harmless because Digital Post answers a known key with the first delivery.
 *
 * <p>A letter whose forløb no longer waits for it (cancelled, or its activity closed) is not sent: it is marked failed
 * as withdrawn. A letter already with Digital Post cannot be called back.
 */
@Singleton
public class DigitalPostDeliveryService implements DeliverDigitalPostUseCase {

    /** The JDK's logging facade: the application depends on no framework; the server routes it to Logback. */
    private static final System.Logger LOG = System.getLogger(DigitalPostDeliveryService.class.getName());
    static final String WITHDRAWN = "Tilbagekaldt: forløbet ventede ikke længere på brevet";

    private final DigitalPostOutboxPort outbox;
    private final DigitalPostPort digitalPost;
    private final DigitalPostReceipts receipts;
    private final TransactionPort transactions;
    private final Clock clock;

    public DigitalPostDeliveryService(DigitalPostOutboxPort outbox, DigitalPostPort digitalPost,
                                      DigitalPostReceipts receipts, TransactionPort transactions, Clock clock) {
        this.outbox = outbox;
        this.digitalPost = digitalPost;
        this.receipts = receipts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int deliverDue(int max) {
        return OutboxBatch.deliver(max, transactions, this::deliverNext);
    }

    private Optional<Step> deliverNext() {
        Instant now = clock.instant();
        Optional<DigitalPostOutboxPort.Due> next = outbox.claimNextDue(now);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        DigitalPostOutboxPort.Due due = next.get();
        Letter letter = due.letter();
        if (!receipts.isAwaited(letter)) {
            outbox.markFailed(letter.id(), WITHDRAWN, now);
            return Optional.of(Step.HANDLED);
        }
        try {
            switch (digitalPost.send(message(letter))) {
                case DigitalPostOutcome.Delivered delivered -> {
                    outbox.markDelivered(letter.id(), delivered.deliveryId(), delivered.deliveredAt());
                    receipts.delivered(letter, delivered.deliveryId(), now);
                }
                case DigitalPostOutcome.NotEnrolled notEnrolled -> notDelivered(letter, DigitalPostReceipts.NOT_ENROLLED, now);
                case DigitalPostOutcome.Rejected rejected ->
                        notDelivered(letter, DigitalPostReceipts.REJECTED + rejected.reason(), now);
            }
            return Optional.of(Step.HANDLED);
        } catch (ExternalSystemUnavailableException e) {
            outbox.retryLater(letter.id(), e.getMessage(), now.plus(OutboxBackoff.after(due.attempts())));
            return Optional.of(Step.SYSTEM_UNAVAILABLE);
        } catch (RuntimeException e) {
            // A defect (ours or Digital Post's): keep the letter, try much later, and say so loudly.
            LOG.log(System.Logger.Level.ERROR, "Delivering letter " + letter.id() + " to Digital Post failed", e);
            outbox.retryLater(letter.id(), e.toString(), now.plus(OutboxBackoff.LONGEST));
            return Optional.of(Step.HANDLED);
        }
    }

    private void notDelivered(Letter letter, String why, Instant now) {
        outbox.markFailed(letter.id(), why, now);
        receipts.notDelivered(letter, why, now);
    }

    private static DigitalPostMessage message(Letter letter) {
        return new DigitalPostMessage(letter.id(), letter.recipient(), letter.title(), letter.pdf(),
                letter.forloebId().value());
    }
}
