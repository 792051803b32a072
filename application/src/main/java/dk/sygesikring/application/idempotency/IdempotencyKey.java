package dk.sygesikring.application.idempotency;

import java.util.Objects;

/** A client's Idempotency-Key: the same key and request give the first answer and do nothing twice. */
public record IdempotencyKey(String value) {

    public IdempotencyKey {
        Objects.requireNonNull(value, "idempotency key");
        if (!value.matches("[\\x21-\\x7E]{1,200}")) {
            throw new IllegalArgumentException("an Idempotency-Key is 1 to 200 visible ASCII characters");
        }
    }
}
