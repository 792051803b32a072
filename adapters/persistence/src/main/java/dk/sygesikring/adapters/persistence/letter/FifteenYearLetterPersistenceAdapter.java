package dk.sygesikring.adapters.persistence.letter;

import dk.sygesikring.application.port.out.FifteenYearLetterRecordPort;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * DOC-17's once-record, {@code fifteen_year_letter} (V24): one row per person, its key the CPR number. The insert
 * does nothing when the person has a row, and waits for a transaction that is inserting one, so of two overlapping
 * runs exactly one stores it. The forløb it names is stored later in the same transaction (a deferred reference).
 */
@Singleton
class FifteenYearLetterPersistenceAdapter implements FifteenYearLetterRecordPort {

    private final JdbcOperations jdbc;

    FifteenYearLetterPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordOnce(FifteenYearLetterRecord record) {
        return jdbc.prepareStatement("""
                INSERT INTO fifteen_year_letter (cpr, forloeb_id, due_on, recorded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (cpr) DO NOTHING""", statement -> {
            statement.setString(1, record.cpr().value());
            statement.setObject(2, record.forloeb().value());
            statement.setDate(3, Date.valueOf(record.dueOn()));
            statement.setTimestamp(4, Timestamp.from(record.recordedAt()));
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public Set<Cpr> recordedOf(Collection<Cpr> cprs) {
        if (cprs.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("SELECT cpr FROM fifteen_year_letter WHERE cpr = ANY (?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bpchar", cprs.stream().map(Cpr::value).toArray()));
            Set<Cpr> recorded = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    recorded.add(Cpr.of(rows.getString(1)));
                }
            }
            return recorded;
        });
    }
}
