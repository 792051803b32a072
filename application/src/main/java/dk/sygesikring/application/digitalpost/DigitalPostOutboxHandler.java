package dk.sygesikring.application.digitalpost;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.outbox.OutboxHandler;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostLetter;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Sends a letter to Digital Post (LET-5, INT-4) with the record id as idempotency key: Digital Post answers a known
 * key with the first delivery, so a letter sent again is delivered once. A letter whose forløb no longer waits for it
 * (cancelled, or its activity closed) is withdrawn, not sent; one already with Digital Post cannot be called back.
 */
@Singleton
public class DigitalPostOutboxHandler implements OutboxHandler {

    static final String WITHDRAWN = "Tilbagekaldt: forløbet ventede ikke længere på brevet";

    private final DigitalPostPort digitalPost;
    private final DigitalPostReceipts receipts;

    public DigitalPostOutboxHandler(DigitalPostPort digitalPost, DigitalPostReceipts receipts) {
        this.digitalPost = digitalPost;
        this.receipts = receipts;
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.DIGITAL_POST_LETTER;
    }

    @Override
    public Delivery deliver(OutboxRecord record, Instant now) {
        DigitalPostLetter letter = record.payload(DigitalPostLetter.class);
        if (!receipts.isAwaited(record.forloebId(), letter.activityId())) {
            return new Delivery.Withdrawn(WITHDRAWN);
        }
        DigitalPostMessage message = new DigitalPostMessage(record.id(), letter.recipient(), letter.title(), letter.pdf(),
                record.forloebId().value());
        return switch (digitalPost.send(message)) {
            case DigitalPostOutcome.Delivered delivered -> {
                receipts.delivered(record.forloebId(), letter.activityId(), delivered.deliveryId(), now);
                yield new Delivery.Confirmed(delivered.deliveryId(), delivered.deliveredAt());
            }
            case DigitalPostOutcome.NotEnrolled notEnrolled ->
                    notDelivered(record, letter, DigitalPostReceipts.notEnrolled(letter.ifNotDelivered()), now);
            case DigitalPostOutcome.Rejected rejected ->
                    notDelivered(record, letter, DigitalPostReceipts.rejected(rejected.reason(), letter.ifNotDelivered()), now);
        };
    }

    private Delivery notDelivered(OutboxRecord record, DigitalPostLetter letter, String why, Instant now) {
        receipts.notDelivered(record.forloebId(), letter.activityId(), why, letter.ifNotDelivered(), now);
        return new Delivery.Refused(why);
    }
}
