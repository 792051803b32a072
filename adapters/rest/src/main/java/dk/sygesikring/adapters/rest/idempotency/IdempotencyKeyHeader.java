package dk.sygesikring.adapters.rest.idempotency;

import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.application.idempotency.IdempotencyKey;

/** The optional Idempotency-Key header of a write. */
public final class IdempotencyKeyHeader {

    private IdempotencyKeyHeader() {
    }

    /** The key, null when the header is absent, or a 400 naming the header. */
    public static IdempotencyKey parse(String header) {
        if (header == null) {
            return null;
        }
        try {
            return new IdempotencyKey(header);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Idempotency-Key", e.getMessage());
        }
    }
}
