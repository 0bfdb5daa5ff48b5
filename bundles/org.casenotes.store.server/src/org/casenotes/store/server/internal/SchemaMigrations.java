package org.casenotes.store.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.UnsupportedFormatException;

/**
 * Versioned schema migrations: the numbered SQL files in {@code db/migration} ({@code V1__caseload.sql}, ...),
 * each applied once, in order, in its own transaction, and recorded in {@code schema_version} with the SHA-256 of
 * the script, as Flyway records them. Flyway itself is not used: since version 10 it finds its PostgreSQL support
 * through {@link java.util.ServiceLoader} in a second jar, which inside OSGi sees only the calling bundle's class
 * path (flyway/flyway#3173, #3177), and it brings Jackson and TOML parsers for configuration we do not use. Applied
 * scripts are never edited: a changed one is refused, as is a database migrated by a newer Casenotes.
 */
public final class SchemaMigrations {

    /** The migrations, in order; a new one is a new file and a new line here, never an edit of an applied one. */
    static final List<String> SCRIPTS = List.of("V1__caseload.sql", "V2__roles.sql", "V3__sealed_digests.sql",
            "V4__dashboard_index.sql", "V5__audit_chain_apart.sql", "V6__supervision_and_templates.sql",
            "V7__account_signature.sql");

    private SchemaMigrations() {
    }

    /** @return the newest schema version this code knows */
    public static int currentVersion() {
        return SCRIPTS.size();
    }

    /**
     * Brings the database's schema to {@link #currentVersion()}.
     *
     * @param connection a connection as the schema's owner (autocommit on; left so)
     * @param actor      who runs the migration (recorded)
     * @return how many migrations were applied (0 when the schema was current)
     * @throws SQLException on failure (the migration that failed is rolled back)
     */
    public static int migrate(Connection connection, String actor) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY,
                      script VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL, applied_by VARCHAR(200) NOT NULL,
                      applied_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL)""");
        }
        int applied = 0;
        connection.setAutoCommit(false);
        try {
            for (int version = 1; version <= SCRIPTS.size(); version++) {
                try (Statement statement = connection.createStatement()) {
                    // two administrators initialising at once: the second waits, then finds the work done
                    statement.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
                }
                Map<Integer, String> done = appliedChecksums(connection);
                String script = SCRIPTS.get(version - 1);
                String sql = read(script);
                if (done.containsKey(version)) {
                    if (!done.get(version).equals(checksum(sql))) {
                        throw new CaseloadStoreException("The agency server's schema migration " + script
                                + " was applied from a different script than this Casenotes has; the schema was"
                                + " changed by hand or by another build. Nothing was changed.");
                    }
                    connection.commit();
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO schema_version (version, script, checksum, applied_by) VALUES (?, ?, ?, ?)")) {
                    record.setInt(1, version);
                    record.setString(2, script);
                    record.setString(3, checksum(sql));
                    record.setString(4, actor);
                    record.executeUpdate();
                }
                connection.commit();
                applied++;
            }
            int newest = appliedChecksums(connection).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            connection.commit();
            if (newest > currentVersion()) {
                throw new UnsupportedFormatException(newest, currentVersion());
            }
            return applied;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * @param connection an open connection
     * @return the schema's version (0 if no migration was ever applied)
     * @throws SQLException on failure
     */
    public static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        return appliedChecksums(connection).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private static String read(String script) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("The migration " + script + " is missing from this build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The migration " + script + " cannot be read.", e);
        }
    }

    private static String checksum(String sql) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
