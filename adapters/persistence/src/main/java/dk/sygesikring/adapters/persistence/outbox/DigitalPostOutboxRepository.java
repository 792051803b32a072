package dk.sygesikring.adapters.persistence.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DigitalPostOutboxRepository extends GenericRepository<DigitalPostOutboxRow, UUID> {

    DigitalPostOutboxRow save(DigitalPostOutboxRow row);

    /** SKIP LOCKED: a letter another instance is delivering is passed over, not waited for. */
    @Query("""
            SELECT * FROM digital_post_outbox
            WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
            ORDER BY next_attempt_at, created_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED""")
    Optional<DigitalPostOutboxRow> findNextDue(Instant now);

    @Query("""
            UPDATE digital_post_outbox
            SET delivered_at = :deliveredAt, delivery_id = :deliveryId, attempts = attempts + 1, last_error = NULL
            WHERE id = :id""")
    void markDelivered(UUID id, String deliveryId, Instant deliveredAt);

    @Query("UPDATE digital_post_outbox SET failed_at = :at, attempts = attempts + 1, last_error = :reason WHERE id = :id")
    void markFailed(UUID id, String reason, Instant at);

    @Query("UPDATE digital_post_outbox SET next_attempt_at = :nextAttempt, attempts = attempts + 1, last_error = :error WHERE id = :id")
    void retryLater(UUID id, String error, Instant nextAttempt);
}
