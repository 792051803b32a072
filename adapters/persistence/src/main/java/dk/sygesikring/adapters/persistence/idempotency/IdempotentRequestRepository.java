package dk.sygesikring.adapters.persistence.idempotency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotentRequestRepository extends GenericRepository<IdempotentRequestRow, String> {

    /**
     * 1 when this call claimed the key, 0 when it was claimed before. A claim in a concurrent transaction makes
     * PostgreSQL wait for that transaction to end, so the loser sees the winner's committed row.
     */
    @Query("""
            INSERT INTO idempotent_request (caller, idempotency_key, fingerprint, forloeb_id)
            VALUES (:caller, :key, :fingerprint, :forloebId)
            ON CONFLICT (caller, idempotency_key) DO NOTHING""")
    long claim(String caller, String key, String fingerprint, UUID forloebId);

    @Query("SELECT * FROM idempotent_request WHERE caller = :caller AND idempotency_key = :key")
    Optional<IdempotentRequestRow> find(String caller, String key);
}
