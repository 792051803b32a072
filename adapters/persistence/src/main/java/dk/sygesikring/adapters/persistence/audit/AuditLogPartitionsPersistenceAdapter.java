package dk.sygesikring.adapters.persistence.audit;

import dk.sygesikring.application.port.out.AuditLogPartitionsPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log's monthly partitions (V13): made and dropped by the database functions the migration defines, so the
 * migration, this adapter and the dataset loader make a month the same way.
 */
@Singleton
class AuditLogPartitionsPersistenceAdapter implements AuditLogPartitionsPort {

    private static final Pattern MONTH_PARTITION = Pattern.compile("audit_log_(\\d{4})_(\\d{2})");

    private final TransactionOperations<Connection> transactions;

    AuditLogPartitionsPersistenceAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<YearMonth> months() {
        return transactions.executeRead(status -> {
            List<YearMonth> months = new ArrayList<>();
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                    WHERE i.inhparent = 'audit_log'::regclass ORDER BY c.relname""");
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Matcher month = MONTH_PARTITION.matcher(result.getString(1));
                    if (month.matches()) {
                        months.add(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
                    }
                }
            }
            return months;
        });
    }

    @Override
    public void create(YearMonth month) {
        call("SELECT audit_log_create_month(?)", month);
    }

    @Override
    public void drop(YearMonth month) {
        call("SELECT audit_log_drop_month(?)", month);
    }

    @Override
    public List<YearMonth> monthsOfLinesWithoutMonth() {
        return transactions.executeRead(status -> {
            List<YearMonth> months = new ArrayList<>();
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date AS month
                    FROM audit_log_default ORDER BY month""");
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    months.add(YearMonth.from(result.getObject(1, java.time.LocalDate.class)));
                }
            }
            return months;
        });
    }

    @Override
    public long linesWithoutMonth() {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("SELECT count(*) FROM audit_log_default");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private void call(String sql, YearMonth month) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setObject(1, month.atDay(1));
                statement.execute();
            }
            return null;
        });
    }
}
