package dk.sygesikring.adapters.persistence.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LunaOutboxRepository extends GenericRepository<LunaOutboxRow, UUID> {

    LunaOutboxRow save(LunaOutboxRow row);

    /** SKIP LOCKED: a row another instance is delivering is passed over, not waited for. */
    @Query("""
            SELECT * FROM luna_outbox
            WHERE delivered_at IS NULL AND rejected_at IS NULL AND next_attempt_at <= :now
            ORDER BY next_attempt_at, created_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED""")
    Optional<LunaOutboxRow> findNextDue(Instant now);

    @Query("""
            SELECT * FROM luna_outbox
            WHERE forloeb_id = :forloebId AND delivered_at IS NULL AND rejected_at IS NULL
            FOR UPDATE SKIP LOCKED""")
    List<LunaOutboxRow> findUndeliveredFor(UUID forloebId);

    long countByForloebId(UUID forloebId);

    @Query("UPDATE luna_outbox SET delivered_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
    void markDelivered(UUID id, Instant at);

    @Query("UPDATE luna_outbox SET rejected_at = :at, attempts = attempts + 1, last_error = :reason WHERE id = :id")
    void markRejected(UUID id, String reason, Instant at);

    @Query("UPDATE luna_outbox SET next_attempt_at = :nextAttempt, attempts = attempts + 1, last_error = :error WHERE id = :id")
    void retryLater(UUID id, String error, Instant nextAttempt);

    @Query("DELETE FROM luna_outbox WHERE id = :id")
    void discard(UUID id);
}
