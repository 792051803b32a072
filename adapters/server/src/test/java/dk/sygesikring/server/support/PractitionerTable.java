package dk.sygesikring.server.support;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The practitioner register straight in PostgreSQL, for the one test class whose runs of the synchronisation close
 * down practitioners other classes saved: it notes which were open and puts them back as they were.
 */
@Singleton
public class PractitionerTable {

    private final DataSource dataSource;

    public PractitionerTable(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    /** The provider numbers of the practitioners not closed down. */
    public Set<String> open() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT provider_number FROM practitioner WHERE closed_down_at IS NULL");
             ResultSet rows = statement.executeQuery()) {
            Set<String> open = new TreeSet<>();
            while (rows.next()) {
                open.add(rows.getString(1).trim());
            }
            return open;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens these again: a closed-down practitioner changes in nothing else. */
    public void reopen(Collection<String> providerNumbers) {
        update("UPDATE practitioner SET closed_down_at = NULL WHERE provider_number = ANY (?)", providerNumbers);
    }

    /** Takes these out of the register altogether. */
    public void delete(Collection<String> providerNumbers) {
        update("DELETE FROM practitioner WHERE provider_number = ANY (?)", providerNumbers);
    }

    /** The provider numbers in the register, closed down or not, that begin with {@code prefix}. */
    public Set<String> startingWith(String prefix) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT provider_number FROM practitioner WHERE provider_number LIKE ?")) {
            statement.setString(1, prefix + "%");
            Set<String> found = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1).trim());
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Collection<String> providerNumbers) {
        if (providerNumbers.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("bpchar", providerNumbers.toArray(String[]::new)));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
