package dk.sygesikring.adapters.persistence.idempotency;

import dk.sygesikring.application.port.out.IdempotencyPort;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Singleton;
import java.util.Optional;

@Singleton
class IdempotencyPersistenceAdapter implements IdempotencyPort {

    private final IdempotentRequestRepository rows;

    IdempotencyPersistenceAdapter(IdempotentRequestRepository rows) {
        this.rows = rows;
    }

    @Override
    public boolean claim(String caller, String key, String fingerprint, ForloebId forloebId) {
        return rows.claim(caller, key, fingerprint, forloebId.value()) == 1;
    }

    @Override
    public Optional<Remembered> find(String caller, String key) {
        return rows.find(caller, key).map(row -> new Remembered(row.fingerprint(), new ForloebId(row.forloebId())));
    }
}
