package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox port in memory, for use-case tests: the same states, order and rules as the PostgreSQL adapter
 * (OutboxPersistenceTest holds that one), without its locks: a use-case test runs one delivery at a time.
 */
public final class InMemoryOutbox implements OutboxPort {

    public enum State { PENDING, CONFIRMED, REFUSED, WITHDRAWN }

    /** A stored record and what became of it. */
    public static final class Row {
        private final UUID id;
        private final ForloebId forloebId;
        private final OutboxPayload payload;
        private final long sequence;
        private State state = State.PENDING;
        private int attempts;
        private Instant nextAttempt;
        private Instant closedAt;
        private String receipt;
        private String lastError;

        private Row(UUID id, ForloebId forloebId, OutboxPayload payload, long sequence, Instant due) {
            this.id = id;
            this.forloebId = forloebId;
            this.payload = payload;
            this.sequence = sequence;
            this.nextAttempt = due;
        }

        public UUID id() {
            return id;
        }

        public ForloebId forloebId() {
            return forloebId;
        }

        public OutboxPayload payload() {
            return payload;
        }

        public State state() {
            return state;
        }

        public int attempts() {
            return attempts;
        }

        public Instant nextAttempt() {
            return nextAttempt;
        }

        public Instant closedAt() {
            return closedAt;
        }

        public String receipt() {
            return receipt;
        }

        public String lastError() {
            return lastError;
        }

        private void close(State closedAs, Instant at, String note) {
            state = closedAs;
            closedAt = at;
            lastError = note;
        }
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private long sequence;

    @Override
    public void enqueue(UUID id, ForloebId forloebId, OutboxPayload payload, Instant now) {
        if (rows.containsKey(id)) {
            throw new IllegalStateException("outbox record " + id + " exists already");
        }
        rows.put(id, new Row(id, forloebId, payload, sequence++, now));
    }

    @Override
    public Optional<OutboxRecord> claimNextDue(Set<OutboxKind> kinds, Instant now) {
        return rows.values().stream()
                .filter(row -> row.state == State.PENDING && kinds.contains(row.payload.kind()) && !row.nextAttempt.isAfter(now))
                .min(Comparator.comparing((Row row) -> row.nextAttempt).thenComparingLong(row -> row.sequence))
                .map(row -> new OutboxRecord(row.id, row.forloebId, row.payload, row.attempts));
    }

    @Override
    public void markConfirmed(UUID id, String receipt, Instant at) {
        Row row = pending(id);
        row.attempts++;
        row.close(State.CONFIRMED, at, null);
        row.receipt = receipt;
    }

    @Override
    public void markRefused(UUID id, String reason, Instant at) {
        Row row = pending(id);
        row.attempts++;
        row.close(State.REFUSED, at, reason);
    }

    @Override
    public void markWithdrawn(UUID id, String reason, Instant at) {
        pending(id).close(State.WITHDRAWN, at, reason);
    }

    @Override
    public void retryLater(UUID id, String error, Instant nextAttempt) {
        Row row = pending(id);
        row.attempts++;
        row.nextAttempt = nextAttempt;
        row.lastError = error;
    }

    @Override
    public boolean withdrawAll(ForloebId forloebId, OutboxKind kind, String reason, Instant at) {
        List<Row> ofForloeb = rows.values().stream()
                .filter(row -> row.forloebId.equals(forloebId) && row.payload.kind() == kind).toList();
        if (ofForloeb.stream().anyMatch(row -> row.state != State.PENDING)) {
            return false;
        }
        ofForloeb.forEach(row -> row.close(State.WITHDRAWN, at, reason));
        return true;
    }

    @Override
    public void withdrawOthers(UUID id, String reason, Instant at) {
        Row self = rows.get(id);
        rows.values().stream()
                .filter(row -> row != self && row.state == State.PENDING && row.forloebId.equals(self.forloebId)
                        && row.payload.kind() == self.payload.kind())
                .forEach(row -> row.close(State.WITHDRAWN, at, reason));
    }

    public Row row(UUID id) {
        return Optional.ofNullable(rows.get(id)).orElseThrow(() -> new IllegalArgumentException("no outbox record " + id));
    }

    /** The forløb's records of these kinds, in the order they were written. */
    public List<Row> of(ForloebId forloebId, OutboxKind kind) {
        return of(forloebId).stream().filter(row -> row.payload.kind() == kind).toList();
    }

    /** The forløb's records, in the order they were written. */
    public List<Row> of(ForloebId forloebId) {
        return rows.values().stream().filter(row -> row.forloebId.equals(forloebId)).toList();
    }

    private Row pending(UUID id) {
        Row row = row(id);
        if (row.state != State.PENDING) {
            throw new IllegalStateException("outbox record " + id + " is " + row.state + ", not pending");
        }
        return row;
    }

    /** Every row, in the order enqueued. */
    public List<Row> all() {
        return List.copyOf(rows.values());
    }
}
