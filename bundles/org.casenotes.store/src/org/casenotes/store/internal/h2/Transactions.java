package org.casenotes.store.internal.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;


/**
 * Runs work in transactions on the caseload's single connection. A <em>durable</em> transaction returns only after
 * the commit is on the disk: H2's MVStore keeps commits in memory until its background writer stores them (up to
 * half a second later), so after the commit we ask it to write and fsync ({@code CHECKPOINT SYNC}). A crash before
 * that point loses the whole transaction, never part of it: MVStore discards incomplete chunks and rolls back
 * transactions that were not committed.
 */
public final class Transactions {

    private final Connection connection;

    public Transactions(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs {@code work} in one transaction and makes it durable before returning.
     *
     * @param <T>  the result type
     * @param work the work
     * @return its result
     */
    public <T> T durably(SqlWork<T> work) {
        T result = inTransaction(work);
        sync();
        return result;
    }

    /**
     * Runs {@code work} in one transaction; the commit reaches the disk within the engine's write delay. For writes
     * whose loss in a crash costs nothing (reads' audit entries are made durable by the next durable write).
     *
     * @param <T>  the result type
     * @param work the work
     * @return its result
     */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            return commitOrRollBack(connection, work);
        } catch (SQLException e) {
            throw EngineFailures.translate(e, "save the change to the caseload");
        }
    }

    /**
     * Runs work as one transaction on any JDBC connection (the agency server's store uses it too): committed if the
     * work returns, rolled back if it throws; autocommit is on again afterwards.
     *
     * @param <T>        the result type
     * @param connection a connection with autocommit on
     * @param work       the work
     * @return its result
     * @throws SQLException if the work or the commit fails (then nothing of it is kept)
     */
    public static <T> T commitOrRollBack(Connection connection, SqlWork<T> work) throws SQLException {
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

    /**
     * Runs read-only work.
     *
     * @param <T>  the result type
     * @param work the work
     * @return its result
     */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw EngineFailures.translate(e, "read the caseload");
        }
    }

    /** Makes every commit so far durable (write and fsync), e.g. the quiet ones before the audit anchor moves. */
    public void sync() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw EngineFailures.translate(e, "write the caseload to disk");
        }
    }
}
