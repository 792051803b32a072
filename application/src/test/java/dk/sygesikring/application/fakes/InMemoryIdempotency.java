package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.IdempotencyPort;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in memory: the first claim of a caller's key wins, as the unique key does in PostgreSQL. */
public final class InMemoryIdempotency implements IdempotencyPort {

    private final Map<String, Remembered> keys = new HashMap<>();

    @Override
    public boolean claim(String caller, String key, String fingerprint, ForloebId forloebId) {
        return keys.putIfAbsent(caller + "|" + key, new Remembered(fingerprint, forloebId)) == null;
    }

    @Override
    public Optional<Remembered> find(String caller, String key) {
        return Optional.ofNullable(keys.get(caller + "|" + key));
    }
}
