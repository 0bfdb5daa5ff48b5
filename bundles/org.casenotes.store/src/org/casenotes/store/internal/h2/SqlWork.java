package org.casenotes.store.internal.h2;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of database work run inside a transaction.
 *
 * @param <T> its result
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * @param connection the connection, in a transaction
     * @return the result
     * @throws SQLException on any database failure (the transaction is rolled back)
     */
    T run(Connection connection) throws SQLException;
}
