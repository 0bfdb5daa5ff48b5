package org.casenotes.store.internal.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts or replaces one row by its key, in SQL that both the embedded engine (H2) and PostgreSQL run: an
 * {@code UPDATE} by key, then an {@code INSERT} if it changed no row. (H2's {@code MERGE ... KEY} is its own dialect,
 * and PostgreSQL's {@code ON CONFLICT} is not H2's.) Both run in the caller's transaction; a row inserted by another
 * session between the two fails on the key rather than being overwritten.
 */
final class KeyedUpsert {

    /** Binds the values of the non-key columns, in their order, starting at a parameter index. */
    @FunctionalInterface
    interface Values {
        void bind(PreparedStatement statement, int firstIndex) throws SQLException;
    }

    private final String update;
    private final String insert;
    private final int columnCount;

    /**
     * @param table   the table
     * @param key     its key column (a string)
     * @param columns the other columns written
     */
    KeyedUpsert(String table, String key, List<String> columns) {
        this.update = "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE " + key + " = ?";
        this.insert = "INSERT INTO " + table + " (" + key + ", " + String.join(", ", columns) + ") VALUES (?"
                + String.join("", Collections.nCopies(columns.size(), ", ?")) + ")";
        this.columnCount = columns.size();
    }

    /**
     * @param connection connection in a transaction
     * @param keyValue   the row's key
     * @param values     the other columns' values
     * @return true if the row was inserted, false if it replaced one
     * @throws SQLException on failure
     */
    boolean write(Connection connection, String keyValue, Values values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            values.bind(statement, 1);
            statement.setString(columnCount + 1, keyValue);
            if (statement.executeUpdate() > 0) {
                return false;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, keyValue);
            values.bind(statement, 2);
            statement.executeUpdate();
            return true;
        }
    }
}
