package dk.sygesikring.adapters.persistence.letter;

import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A letter as a row of {@code letter}, a row per person it is about and a row per status (V21, ADR 0029). Statuses are
 * only ever added: {@link #update} writes those after the ones stored.
 */
@Singleton
class LetterPersistenceAdapter implements LetterStorePort {

    private static final String SELECT = "SELECT id, forloeb_id, activity_id, kind, to_cpr, to_provider_number, title, created_at FROM letter ";

    private final JdbcOperations jdbc;

    LetterPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Letter letter, byte[] pdf) {
        jdbc.prepareStatement("""
                INSERT INTO letter (id, forloeb_id, activity_id, kind, to_cpr, to_provider_number, title, created_at, pdf)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, letter.id());
            statement.setObject(2, letter.forloebId().value());
            statement.setObject(3, letter.activityId());
            statement.setString(4, letter.kind().name());
            statement.setString(5, letter.to() instanceof Addressee.Person person ? person.cpr().value() : null);
            statement.setString(6, letter.to() instanceof Addressee.Practice practice ? practice.providerNumber().value() : null);
            statement.setString(7, letter.title());
            statement.setTimestamp(8, Timestamp.from(letter.createdAt()));
            statement.setBytes(9, pdf);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO letter_person (letter_id, position, cpr) VALUES (?, ?, ?)", statement -> {
            for (int position = 0; position < letter.about().size(); position++) {
                statement.setObject(1, letter.id());
                statement.setShort(2, (short) position);
                statement.setString(3, letter.about().get(position).value());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        insertStatuses(letter, 0);
    }

    @Override
    public void update(Letter letter) {
        int stored = jdbc.prepareStatement("SELECT count(*) FROM letter_status WHERE letter_id = ?", statement -> {
            statement.setObject(1, letter.id());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
        insertStatuses(letter, stored);
    }

    @Override
    public Optional<Letter> load(UUID letterId) {
        return one(SELECT + "WHERE id = ?", letterId);
    }

    @Override
    public Optional<Letter> loadForUpdate(UUID letterId) {
        return one(SELECT + "WHERE id = ? FOR UPDATE", letterId);
    }

    @Override
    public List<Letter> ofForloeb(ForloebId forloebId) {
        return many(SELECT + "WHERE forloeb_id = ? ORDER BY created_at, id", statement -> statement.setObject(1, forloebId.value()));
    }

    @Override
    public List<Letter> ofPerson(Cpr cpr) {
        return many(SELECT + """
                WHERE to_cpr = ? OR id IN (SELECT letter_id FROM letter_person WHERE cpr = ?)
                ORDER BY created_at DESC, id""", statement -> {
            statement.setString(1, cpr.value());
            statement.setString(2, cpr.value());
        });
    }

    /**
     * One page, by keyset (ADR 0030): the letters after the position in (created_at, id) descending, so a page costs
     * the same however deep it is, and a letter written meanwhile neither repeats nor hides one. A municipality
     * narrows it to the letters of its forløb, in the query as well as in the use case (ROLE-2).
     */
    @Override
    public List<Letter> ofPerson(Cpr cpr, Optional<MunicipalityCode> forloebOf, Optional<Position> after, int limit) {
        StringBuilder query = new StringBuilder(SELECT)
                .append("WHERE (to_cpr = ? OR id IN (SELECT letter_id FROM letter_person WHERE cpr = ?))");
        forloebOf.ifPresent(municipality -> query.append(" AND forloeb_id IN (SELECT id FROM forloeb WHERE municipality_code = ?)"));
        after.ifPresent(position -> query.append(" AND (created_at, id) < (?, ?)"));
        query.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        return many(query.toString(), statement -> {
            int parameter = 0;
            statement.setString(++parameter, cpr.value());
            statement.setString(++parameter, cpr.value());
            if (forloebOf.isPresent()) {
                statement.setString(++parameter, forloebOf.get().value());
            }
            if (after.isPresent()) {
                statement.setTimestamp(++parameter, Timestamp.from(after.get().createdAt()));
                statement.setObject(++parameter, after.get().letterId());
            }
            statement.setInt(++parameter, limit);
        });
    }

    @Override
    public Optional<byte[]> document(UUID letterId) {
        return jdbc.prepareStatement("SELECT pdf FROM letter WHERE id = ?", statement -> {
            statement.setObject(1, letterId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        });
    }

    private void insertStatuses(Letter letter, int from) {
        if (from >= letter.history().size()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO letter_status (letter_id, position, status, channel, reference, reason, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            for (int position = from; position < letter.history().size(); position++) {
                LetterStatus status = letter.history().get(position);
                statement.setObject(1, letter.id());
                statement.setShort(2, (short) position);
                statement.setString(3, status.name());
                statement.setString(4, channelOf(status).map(Enum::name).orElse(null));
                statement.setString(5, referenceOf(status));
                statement.setString(6, status instanceof LetterStatus.Failed failed ? failed.reason() : null);
                statement.setTimestamp(7, Timestamp.from(status.at()));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private Optional<Letter> one(String query, UUID id) {
        List<Letter> found = many(query, statement -> statement.setObject(1, id));
        return found.stream().findFirst();
    }

    private List<Letter> many(String query, Parameters parameters) {
        List<LetterRow> letters = jdbc.prepareStatement(query, statement -> {
            parameters.set(statement);
            List<LetterRow> read = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    read.add(LetterRow.of(rows));
                }
            }
            return read;
        });
        return letters.stream().map(this::complete).toList();
    }

    /** The row of {@code letter} alone; its persons and statuses are read by {@link #complete}. */
    private record LetterRow(UUID id, ForloebId forloebId, UUID activityId, LetterKind kind, Addressee to, String title,
                             Instant createdAt) {

        static LetterRow of(ResultSet row) throws SQLException {
            String cpr = row.getString("to_cpr");
            Addressee to = cpr != null ? new Addressee.Person(Cpr.of(cpr.trim()))
                    : new Addressee.Practice(ProviderNumber.of(row.getString("to_provider_number").trim()));
            return new LetterRow(row.getObject("id", UUID.class), new ForloebId(row.getObject("forloeb_id", UUID.class)),
                    row.getObject("activity_id", UUID.class), LetterKind.valueOf(row.getString("kind")), to,
                    row.getString("title"), row.getTimestamp("created_at").toInstant());
        }
    }

    private Letter complete(LetterRow row) {
        List<Cpr> about = jdbc.prepareStatement("SELECT cpr FROM letter_person WHERE letter_id = ? ORDER BY position", statement -> {
            statement.setObject(1, row.id());
            List<Cpr> cprs = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cprs.add(Cpr.of(rows.getString(1).trim()));
                }
            }
            return cprs;
        });
        List<LetterStatus> history = jdbc.prepareStatement(
                "SELECT status, channel, reference, reason, at FROM letter_status WHERE letter_id = ? ORDER BY position", statement -> {
                    statement.setObject(1, row.id());
                    List<LetterStatus> statuses = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            statuses.add(status(rows));
                        }
                    }
                    return statuses;
                });
        return new Letter(row.id(), row.forloebId(), row.activityId(), row.kind(), row.to(), about, row.title(), row.createdAt(),
                history);
    }

    private static LetterStatus status(ResultSet row) throws SQLException {
        Instant at = row.getTimestamp("at").toInstant();
        String channel = row.getString("channel");
        return switch (row.getString("status")) {
            case "QUEUED" -> new LetterStatus.Queued(LetterChannel.valueOf(channel), at);
            case "SENT" -> new LetterStatus.Sent(LetterChannel.valueOf(channel), row.getString("reference"), at);
            case "DELIVERED" -> new LetterStatus.Delivered(LetterChannel.valueOf(channel), row.getString("reference"), at);
            case "FAILED" -> new LetterStatus.Failed(LetterChannel.valueOf(channel), row.getString("reason"), at);
            case "WITHDRAWN" -> new LetterStatus.Withdrawn(at);
            default -> throw new IllegalStateException("unknown letter status " + row.getString("status"));
        };
    }

    private static Optional<LetterChannel> channelOf(LetterStatus status) {
        return switch (status) {
            case LetterStatus.Queued queued -> Optional.of(queued.channel());
            case LetterStatus.Sent sent -> Optional.of(sent.channel());
            case LetterStatus.Delivered delivered -> Optional.of(delivered.channel());
            case LetterStatus.Failed failed -> Optional.of(failed.channel());
            case LetterStatus.Withdrawn withdrawn -> Optional.empty();
        };
    }

    private static String referenceOf(LetterStatus status) {
        return switch (status) {
            case LetterStatus.Sent sent -> sent.reference();
            case LetterStatus.Delivered delivered -> delivered.reference();
            default -> null;
        };
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }
}
