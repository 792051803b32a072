package dk.sygesikring.application.idempotency;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.IdempotencyPort;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a write that creates a forløb at most once per Idempotency-Key and caller. Call it inside the write's
 * transaction, after the rules have allowed the write and before anything is stored.
 */
@Singleton
public class IdempotentForloeb {

    public static final Refusal KEY_REUSED = Refusal.unprocessable("idempotency-key-reused", null,
            "This Idempotency-Key was used before for a different request");

    private final IdempotencyPort keys;
    private final ForloebStorePort forloeb;

    public IdempotentForloeb(IdempotencyPort keys, ForloebStorePort forloeb) {
        this.keys = keys;
        this.forloeb = forloeb;
    }

    /** The earlier answer for this key, if the caller has used it before. */
    public Optional<Outcome<Forloeb>> earlierAnswer(Creator caller, IdempotencyKey key, String fingerprint) {
        if (key == null) {
            return Optional.empty();
        }
        return keys.find(scope(caller), key.value()).map(remembered -> answer(remembered, fingerprint));
    }

    /**
     * Claims the key for the forløb {@code write} will store, then stores it. When a concurrent request with the
     * same key won the claim, its forløb is the answer.
     */
    public Outcome<Forloeb> once(Creator caller, IdempotencyKey key, String fingerprint, Forloeb created, Supplier<Forloeb> write) {
        return once(caller, key, fingerprint, created, write, forloeb -> forloeb);
    }

    /**
     * The same, for a write that answers more than its forløb: {@code written} makes that answer from the forløb a
     * concurrent request with the same key stored, so the usual write is answered without reading back what it wrote.
     */
    public <T> Outcome<T> once(Creator caller, IdempotencyKey key, String fingerprint, Forloeb created, Supplier<T> write,
                               Function<Forloeb, T> written) {
        if (key != null && !keys.claim(scope(caller), key.value(), fingerprint, created.id())) {
            return keys.find(scope(caller), key.value()).map(remembered -> answer(remembered, fingerprint))
                    .orElseThrow(() -> new IllegalStateException("an idempotency key was claimed and then lost"))
                    .map(written);
        }
        return Outcome.success(write.get());
    }

    private Outcome<Forloeb> answer(IdempotencyPort.Remembered remembered, String fingerprint) {
        if (!remembered.fingerprint().equals(fingerprint)) {
            return Outcome.refused(KEY_REUSED);
        }
        return Outcome.success(forloeb.load(remembered.forloebId())
                .orElseThrow(() -> new IllegalStateException("the forløb of an idempotency key is gone: " + remembered.forloebId())));
    }

    private static String scope(Creator caller) {
        return caller.kind() + ":" + caller.id();
    }
}
