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
interface OutboxRepository extends GenericRepository<OutboxRow, UUID> {

    @Query("""
            INSERT INTO outbox (id, kind, forloeb_id, payload, created_at, state, attempts, next_attempt_at)
            VALUES (:id, :kind, :forloebId, CAST(:payload AS jsonb), :createdAt, 'PENDING', 0, :createdAt)""")
    void insert(UUID id, String kind, UUID forloebId, String payload, Instant createdAt);

    /** SKIP LOCKED: a record another instance is delivering is passed over, not waited for. */
    @Query("""
            SELECT * FROM outbox
            WHERE state = 'PENDING' AND next_attempt_at <= :now AND kind = ANY (CAST(:kinds AS text[]))
            ORDER BY next_attempt_at, created_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED""")
    Optional<OutboxRow> findNextDue(String[] kinds, Instant now);

    @Query("SELECT id FROM outbox WHERE forloeb_id = :forloebId AND kind = :kind AND state = 'PENDING' FOR UPDATE SKIP LOCKED")
    List<UUID> lockPending(UUID forloebId, String kind);

    long countByForloebIdAndKind(UUID forloebId, String kind);

    @Query("""
            UPDATE outbox SET state = 'CONFIRMED', closed_at = :at, receipt = :receipt, attempts = attempts + 1,
                last_error = NULL
            WHERE id = :id""")
    void markConfirmed(UUID id, String receipt, Instant at);

    @Query("UPDATE outbox SET state = 'REFUSED', closed_at = :at, attempts = attempts + 1, last_error = :reason WHERE id = :id")
    void markRefused(UUID id, String reason, Instant at);

    @Query("UPDATE outbox SET state = 'WITHDRAWN', closed_at = :at, last_error = :reason WHERE id = :id")
    void markWithdrawn(UUID id, String reason, Instant at);

    @Query("UPDATE outbox SET next_attempt_at = :nextAttempt, attempts = attempts + 1, last_error = :error WHERE id = :id")
    void retryLater(UUID id, String error, Instant nextAttempt);

    /** The other pending records of the same forløb and kind as record {@code id}, locked; those being delivered are skipped. */
    @Query("""
            SELECT other.id FROM outbox other JOIN outbox this ON this.id = :id
            WHERE other.forloeb_id = this.forloeb_id AND other.kind = this.kind AND other.id <> this.id
              AND other.state = 'PENDING'
            FOR UPDATE OF other SKIP LOCKED""")
    List<UUID> lockOtherPending(UUID id);
}
