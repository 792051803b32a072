package dk.sygesikring.benchmarks.suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * What the doctor-choice load wrote after LUNA confirmed it (LET-1, LET-2): each choice in effect orders its cards and
 * writes its receipt, rendered to PDF when LUNA's confirmation is taken and delivered to the Digital Post simulator
 * through the outbox. Waits until no letter of the load is pending, then counts from the database: the letters and
 * where they ended, the rate they were delivered at, and for each choice the time from its request to the last of
 * its registrations, card orders and letter delivered.
 */
final class LetterFlow {

    /**
     * @param written              letters of the load's doctor-choice forløb (receipts, dispensation applications)
     * @param delivered            of them, DELIVERED (by Digital Post, or posted by print)
     * @param failed               FAILED (a caseworker's task: no Digital Post and no print supplier)
     * @param waiting              still QUEUED or SENT when the wait ended
     * @param settledSeconds       from the start of the load to the last letter delivered
     * @param deliveredPerSecond   delivered over the letters' own window, from the first written to the last delivered
     * @param choicesDone          choices whose every outbox record (registration, card order, letter) is answered
     */
    record Result(long written, long delivered, long failed, long waiting, double settledSeconds, double deliveredPerSecond,
                  long choicesDone, double choiceToDoneP50Ms, double choiceToDoneP95Ms, double choiceToDoneMaxMs) {
    }

    private final String jdbcUrl;

    LetterFlow(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    Result measure(Instant loadStarted, Duration timeout) throws SQLException, InterruptedException {
        String ofTheLoad = "f.type = 'DOCTOR_CHOICE' AND f.created_at >= '" + loadStarted + "'";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (number("SELECT count(*) FROM outbox o JOIN forloeb f ON f.id = o.forloeb_id WHERE o.kind IN"
                + " ('DIGITAL_POST_LETTER', 'PRINT_LETTER') AND o.state = 'PENDING' AND " + ofTheLoad) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        String lastStatus = """
                FROM letter l JOIN forloeb f ON f.id = l.forloeb_id
                JOIN LATERAL (SELECT status, at FROM letter_status s WHERE s.letter_id = l.id ORDER BY position DESC LIMIT 1)
                  last ON true WHERE\s""" + ofTheLoad;
        long written = number("SELECT count(*) " + lastStatus);
        long delivered = number("SELECT count(*) " + lastStatus + " AND last.status = 'DELIVERED'");
        long failed = number("SELECT count(*) " + lastStatus + " AND last.status = 'FAILED'");
        long waiting = number("SELECT count(*) " + lastStatus + " AND last.status IN ('QUEUED', 'SENT')");
        double settled = decimal("SELECT COALESCE(EXTRACT(EPOCH FROM max(last.at) - '" + loadStarted + "'::timestamptz), 0) "
                + lastStatus + " AND last.status = 'DELIVERED'");
        double window = decimal("SELECT COALESCE(EXTRACT(EPOCH FROM max(last.at) - min(l.created_at)), 0) " + lastStatus
                + " AND last.status = 'DELIVERED'");
        String done = """
                FROM (SELECT EXTRACT(EPOCH FROM max(o.closed_at) - f.created_at) * 1000 AS ms
                      FROM forloeb f JOIN outbox o ON o.forloeb_id = f.id WHERE\s""" + ofTheLoad + """
                       GROUP BY f.id, f.created_at HAVING bool_and(o.state <> 'PENDING')
                         AND bool_or(o.kind = 'DIGITAL_POST_LETTER')) choice""";
        return new Result(written, delivered, failed, waiting, settled, window == 0 ? 0 : delivered / window,
                number("SELECT count(*) " + done),
                decimal("SELECT COALESCE(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), 0) " + done),
                decimal("SELECT COALESCE(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms), 0) " + done),
                decimal("SELECT COALESCE(max(ms), 0) " + done));
    }

    private long number(String query) throws SQLException {
        return Long.parseLong(single(query));
    }

    private double decimal(String query) throws SQLException {
        return Double.parseDouble(single(query));
    }

    private String single(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
