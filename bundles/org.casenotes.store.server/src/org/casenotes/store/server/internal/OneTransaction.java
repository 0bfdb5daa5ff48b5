package org.casenotes.store.server.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.casenotes.store.internal.h2.SqlWork;

/** Runs work on a connection as one transaction: committed if it returns, rolled back if it throws. */
public final class OneTransaction {

    private OneTransaction() {
    }

    /**
     * @param <T>        the result type
     * @param connection a connection with autocommit on (restored afterwards)
     * @param work       the work
     * @return its result
     * @throws SQLException if the work or the commit fails (then nothing of it is kept)
     */
    public static <T> T run(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
