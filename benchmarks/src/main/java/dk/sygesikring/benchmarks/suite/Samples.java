package dk.sygesikring.benchmarks.suite;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The persons the loads ask for, drawn from the whole population in the database (not from a list a cache could
 * hold warm), written to files the wrk scripts read.
 */
final class Samples {

    private final String jdbcUrl;

    Samples(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    long persons() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM person")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** About {@code wanted} active persons, a Bernoulli sample over the whole table, in random order. */
    long activePersons(long wanted, Path file) throws SQLException, IOException {
        double percent = Math.min(100.0, 100.0 * wanted / Math.max(1, persons()));
        return write(file, "SELECT cpr FROM person TABLESAMPLE BERNOULLI (" + percent + ")"
                + " WHERE cpr_status = 'ACTIVE' ORDER BY random()", 1);
    }

    /**
     * Up to {@code wanted} lines "cpr provider-number": active persons in group 1 who have never made a doctor
     * choice, each with an open regular practice of their own municipality that has room (so the choice is
     * accepted, DOC-3), spread over the practices. A new sample every run: earlier runs' persons are left out.
     */
    long doctorChoices(long wanted, Path file) throws SQLException, IOException {
        double percent = Math.min(100.0, 300.0 * wanted / Math.max(1, persons()));
        return write(file, """
                WITH sampled AS (
                    SELECT p.cpr, p.municipality_code FROM person p TABLESAMPLE BERNOULLI (%s)
                    WHERE p.cpr_status = 'ACTIVE' AND p.municipality_code IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM doctor_choice_person d WHERE d.cpr = p.cpr)
                      AND NOT EXISTS (SELECT 1 FROM person_relation r WHERE r.subject_cpr = p.cpr OR r.holder_cpr = p.cpr)
                      AND (SELECT r.group_number FROM registration r WHERE r.cpr = p.cpr AND r.valid_from <= current_date
                           ORDER BY r.valid_from DESC, r.registered_at DESC LIMIT 1) = 1
                ), numbered AS (
                    SELECT cpr, municipality_code,
                           row_number() OVER (PARTITION BY municipality_code ORDER BY md5(cpr)) AS n FROM sampled
                ), practices AS (
                    SELECT provider_number, municipality_code,
                           row_number() OVER (PARTITION BY municipality_code ORDER BY provider_number) AS n,
                           count(*) OVER (PARTITION BY municipality_code) AS total
                    FROM practitioner
                    WHERE kind = 'REGULAR' AND open AND registered_patients + 500 < closing_limit
                )
                SELECT numbered.cpr, practices.provider_number FROM numbered
                JOIN practices ON practices.municipality_code = numbered.municipality_code
                              AND practices.n = (numbered.n %% practices.total) + 1
                ORDER BY md5(numbered.cpr) LIMIT %d""".formatted(percent, wanted), 2);
    }

    /**
     * Up to {@code wanted} active adults in group 1 (no custody relation either way, so each orders for themselves
     * only) who have never ordered a card here: each orders one card in self-service. A new sample every run.
     */
    List<String> cardOrders(long wanted) throws SQLException {
        double percent = Math.min(100.0, 300.0 * wanted / Math.max(1, persons()));
        List<String> cprs = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT p.cpr FROM person p TABLESAMPLE BERNOULLI (%s)
                     WHERE p.cpr_status = 'ACTIVE' AND p.municipality_code IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM card_order c WHERE c.cpr = p.cpr)
                       AND NOT EXISTS (SELECT 1 FROM person_relation r WHERE r.subject_cpr = p.cpr OR r.holder_cpr = p.cpr)
                       AND (SELECT r.group_number FROM registration r WHERE r.cpr = p.cpr AND r.valid_from <= current_date
                            ORDER BY r.valid_from DESC, r.registered_at DESC LIMIT 1) = 1
                     ORDER BY md5(p.cpr) LIMIT %d""".formatted(percent, wanted))) {
            while (result.next()) {
                cprs.add(result.getString(1).trim());
            }
        }
        return cprs;
    }

    /** The municipalities' codes, for their local configuration. */
    List<String> municipalities() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT code FROM municipality ORDER BY code")) {
            while (result.next()) {
                codes.add(result.getString(1).trim());
            }
        }
        return codes;
    }

    private long write(Path file, String query, int columns) throws SQLException, IOException {
        long rows = 0;
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(query);
             BufferedWriter out = Files.newBufferedWriter(file)) {
            connection.setAutoCommit(false);
            statement.setFetchSize(10_000);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        out.write(result.getString(column).trim());
                        out.write(column == columns ? '\n' : ' ');
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
