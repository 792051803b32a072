package dk.sygesikring.application.outbox;

import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import java.time.Instant;

/**
 * Delivers the records of one kind to their external system: one per system (LUNA, Digital Post, and later Nets,
 * print, card supplier, SAPA). The delivery loop ({@link OutboxDeliveryService}) claims the record, calls
 * {@link #deliver} inside the record's transaction and stores the answer.
 */
public interface OutboxHandler {

    OutboxKind kind();

    /**
     * Sends the record with its id as the idempotency key and, in the same transaction, moves its forløb on as the
     * answer says.
     *
     * @throws dk.sygesikring.application.port.out.ExternalSystemUnavailableException when the system does not answer:
     *         the record stays pending and is tried again after a back-off
     */
    Delivery deliver(OutboxRecord record, Instant now);
}
