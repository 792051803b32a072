package dk.sygesikring.domain.result;

import java.util.Objects;
import java.util.function.Function;

/** The result of a use case: what was asked for, or the reason it was refused. */
public sealed interface Outcome<T> {

    record Success<T>(T value) implements Outcome<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        return switch (this) {
            case Success<T> success -> new Success<>(mapper.apply(success.value()));
            case Refused<T> refused -> new Refused<>(refused.refusal());
        };
    }

    default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> mapper) {
        return switch (this) {
            case Success<T> success -> mapper.apply(success.value());
            case Refused<T> refused -> new Refused<>(refused.refusal());
        };
    }

    /** The value, for a caller that has made sure no rule refuses; a refusal here is a defect. */
    default T orElseThrow() {
        return switch (this) {
            case Success<T> success -> success.value();
            case Refused<T> refused -> throw new IllegalStateException("unexpectedly refused: " + refused.refusal());
        };
    }
}
