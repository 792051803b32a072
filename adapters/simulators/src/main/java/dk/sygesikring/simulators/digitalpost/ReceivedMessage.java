package dk.sygesikring.simulators.digitalpost;

import java.time.Instant;

/** A message delivered to a mailbox, with the idempotency key it came with and what its PDF says. */
record ReceivedMessage(String idempotencyKey, String deliveryId, Instant deliveredAt, MessageRequest request,
                       ReadablePdf document) {
}
