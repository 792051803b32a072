package dk.sygesikring.adapters.persistence.audit;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.domain.audit.AuditEntry;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log (AUD-1) written by group commit (ADR 0022): a caseworker's read waits until its line is committed
 * and on disk, but the lines of all reads waiting at that moment share one INSERT batch and one commit, on a
 * connection of the log's own. With production durability a commit waits for the WAL to reach the disk; one per read
 * capped person reads at about 4,900/s on this machine (16 clients, pgbench), far below the reads themselves.
 * <p>
 * Never lost: {@link #record} returns only after the commit, and throws when it failed, so a read whose line could
 * not be written is not answered. The line is committed before the use case's own transaction: a change that then
 * fails leaves the line of its attempt, which an audit log may hold.
 */
@Singleton
class GroupCommittedAuditLog implements AuditLogPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommittedAuditLog.class);
    private static final String INSERT = "INSERT INTO audit_log (occurred_at, actor_role, actor_id, municipality_code,"
            + " action, subject_type, subject_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private record Waiting(AuditEntry entry, CompletableFuture<Void> committed) {
    }

    private final DataSource dataSource;
    private final Duration timeout;
    private final int largestBatch;
    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final AtomicLong commits = new AtomicLong();
    private volatile boolean open = true;

    GroupCommittedAuditLog(DataSource dataSource, DataSourceResolver resolver,
                           @Value("${sygesikring.audit.write-timeout:10s}") Duration timeout,
                           @Value("${sygesikring.audit.largest-batch:1000}") int largestBatch) {
        // the pool's own data source: the writer's connection is outside every caller's transaction
        this.dataSource = resolver.resolve(dataSource);
        this.timeout = timeout;
        this.largestBatch = largestBatch;
        this.writer = Thread.ofPlatform().name("audit-log-writer").daemon().start(this::write);
    }

    @Override
    public void record(AuditEntry entry) {
        Waiting waiting = new Waiting(entry, new CompletableFuture<>());
        if (!open) {
            throw new IllegalStateException("the audit log is closed: the service is stopping");
        }
        queue.add(waiting);
        try {
            waiting.committed().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the audit line could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit line was not written within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit line was written", e);
        }
    }

    /** Takes what waits, up to the largest batch, and commits it; again and again, reconnecting after a failure. */
    private void write() {
        List<Waiting> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                while (open || !queue.isEmpty()) {
                    Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, largestBatch - 1);
                    commit(connection, batch);
                    commits.incrementAndGet();
                    batch.forEach(waiting -> waiting.committed().complete(null));
                    batch.clear();
                }
            } catch (SQLException | RuntimeException e) {
                // what waits fails now rather than at its timeout: the reads waiting are refused, none is lost
                queue.drainTo(batch);
                LOG.error("Audit lines could not be written ({} waiting); their reads fail", batch.size(), e);
                batch.forEach(waiting -> waiting.committed().completeExceptionally(e));
                batch.clear();
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How many commits the log has made since it started. */
    long commits() {
        return commits.get();
    }

    private static void commit(Connection connection, List<Waiting> batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Waiting waiting : batch) {
                AuditEntry entry = waiting.entry();
                insert.setObject(1, entry.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(2, entry.actorRole());
                insert.setString(3, entry.actorId());
                insert.setString(4, entry.municipality().value());
                insert.setString(5, entry.action().name());
                insert.setString(6, entry.subjectType());
                insert.setString(7, entry.subjectId());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what waits, then stops. */
    @PreDestroy
    @Override
    public void close() throws InterruptedException {
        open = false;
        writer.join(timeout.toMillis());
    }
}
