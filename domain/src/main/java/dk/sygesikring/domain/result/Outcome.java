package dk.sygesikring.domain.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** The value if there is one, else the refusal that says why it is missing. */
    static <T> Outcome<T> present(Optional<T> value, Refusal ifMissing) {
        return value.<Outcome<T>>map(Outcome::success).orElseGet(() -> refused(ifMissing));
    }

    /** A success when no rule refuses; the first refusal otherwise (rules are asked in order, lazily). */
    @SafeVarargs
    static Outcome<Boolean> unlessRefused(Supplier<Optional<Refusal>>... rules) {
        for (Supplier<Optional<Refusal>> rule : rules) {
            Optional<Refusal> refusal = rule.get();
            if (refusal.isPresent()) {
                return refused(refusal.get());
            }
        }
        return success(true);
    }

    /** The step applied to each item in order: all their values, or the first refusal (later items are not tried). */
    static <A, T> Outcome<List<T>> forEach(List<A> items, Function<? super A, Outcome<T>> step) {
        List<T> values = new ArrayList<>(items.size());
        for (A item : items) {
            switch (step.apply(item)) {
                case Success<T> success -> values.add(success.value());
                case Refused<T> refused -> {
                    return refused(refused.refusal());
                }
            }
        }
        return success(List.copyOf(values));
    }

    /** This outcome, unless the rule refuses its value. */
    default Outcome<T> ensure(Function<? super T, Optional<Refusal>> rule) {
        return flatMap(value -> rule.apply(value).<Outcome<T>>map(Outcome::refused).orElse(this));
    }

    default Optional<Refusal> refusedBecause() {
        return this instanceof Refused<T> refused ? Optional.of(refused.refusal()) : Optional.empty();
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
