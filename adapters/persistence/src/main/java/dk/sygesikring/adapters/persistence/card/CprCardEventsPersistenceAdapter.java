package dk.sygesikring.adapters.persistence.card;

import dk.sygesikring.application.port.out.CprCardEventsPort;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/** CARD-11's marriages and name changes, in cpr_card_event (V19); an event reported again is kept once. */
@Singleton
class CprCardEventsPersistenceAdapter implements CprCardEventsPort {

    private final JdbcOperations jdbc;

    CprCardEventsPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordMarriage(Cpr cpr, LocalDate marriedOn) {
        record(cpr, "MARRIAGE", marriedOn);
    }

    @Override
    public void recordNameChange(Cpr cpr, LocalDate changedOn) {
        record(cpr, "NAME_CHANGE", changedOn);
    }

    @Override
    public Optional<LocalDate> latestMarriage(Cpr cpr) {
        return latest(cpr, "SELECT max(occurred_on) FROM cpr_card_event WHERE cpr = ? AND kind = 'MARRIAGE'");
    }

    @Override
    public Optional<LocalDate> nameChangeWithoutCard(Cpr cpr) {
        return latest(cpr, "SELECT max(occurred_on) FROM cpr_card_event WHERE cpr = ? AND kind = 'NAME_CHANGE' AND NOT card_ordered");
    }

    @Override
    public void cardOrderedForNameChanges(Cpr cpr) {
        jdbc.prepareStatement("UPDATE cpr_card_event SET card_ordered = true WHERE cpr = ? AND kind = 'NAME_CHANGE'", statement -> {
            statement.setString(1, cpr.value());
            return statement.executeUpdate();
        });
    }

    private void record(Cpr cpr, String kind, LocalDate on) {
        jdbc.prepareStatement("INSERT INTO cpr_card_event (cpr, kind, occurred_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                statement -> {
                    statement.setString(1, cpr.value());
                    statement.setString(2, kind);
                    statement.setDate(3, Date.valueOf(on));
                    return statement.executeUpdate();
                });
    }

    private Optional<LocalDate> latest(Cpr cpr, String query) {
        return jdbc.prepareStatement(query, statement -> {
            statement.setString(1, cpr.value());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getDate(1)).map(Date::toLocalDate);
            }
        });
    }
}
