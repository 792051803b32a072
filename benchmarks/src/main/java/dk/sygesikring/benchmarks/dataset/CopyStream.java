package dk.sygesikring.benchmarks.dataset;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, written as CSV into PostgreSQL's COPY in 1 MiB pieces: one statement for the whole table, no
 * row sent on its own. Values are quoted by {@link #row}; null is an empty unquoted field.
 */
final class CopyStream implements AutoCloseable {

    private static final int PIECE = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(PIECE + 4096);
    private long rows;

    CopyStream(CopyManager copies, String table, String columns) throws SQLException {
        this.copy = copies.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object value = values[i];
            if (value != null) {
                buffer.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= PIECE) {
            flush();
        }
    }

    /**
     * The buffer to append one row's fields to directly, for generators of many rows: the caller writes values that
     * need no quoting (digits, codes, timestamps), separated by commas, and ends the row with {@link #endRow()}.
     */
    StringBuilder raw() {
        return buffer;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        rows++;
        if (buffer.length() >= PIECE) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
