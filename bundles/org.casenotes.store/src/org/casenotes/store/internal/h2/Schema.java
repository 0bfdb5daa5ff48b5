package org.casenotes.store.internal.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.List;

import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.UnsupportedFormatException;
import org.casenotes.store.internal.audit.ContentTable;

/**
 * The caseload's tables. Records are stored as serialized EMF objects ({@code content}) beside the columns that
 * are queried; note content lives in its own table so that scans of the note columns never read note text, and
 * each client row keeps its note count and latest date of service so the caseload list reads only client rows.
 * The audit log is its own table. The database's format version is kept in {@code store_meta}: a newer one is
 * refused, an older one is upgraded on open (see {@code EmbeddedSession}). The header's version
 * ({@link CaseloadHeader}) describes the file layout and key derivation and changes independently.
 *
 * <p>Versions: 1, the first; 2 adds the client's pronouns and next plan review and the {@code unsigned_note} table,
 * so the caseload overview is read without loading records; 3 adds the start of the open episode whose intake is
 * due ({@code awaiting_intake_since}); 4 adds the day of the client's latest measure result ({@code last_measure_on}),
 * which the caseload dashboard's "measure not repeated" reads, and the status of each unsigned note (its
 * co-signatures awaited and notes returned for revision).
 */
public final class Schema {

    /** The database format this code writes and the newest it reads. */
    public static final int CURRENT_VERSION = 4;

    /** The tables whose content the audit log seals (autosaves are working copies and are not sealed). */
    public static final List<ContentTable> SEALED_TABLES = List.of(new ContentTable(RecordKind.CLIENT, "client"),
            new ContentTable(RecordKind.NOTE, "note_content"),
            new ContentTable(RecordKind.PSYCHOTHERAPY_NOTE, "psychotherapy_note"));

    /**
     * The unsigned notes (draft, submitted, returned) by client, date of service and status: a small table kept beside
     * {@code note} on every note write, so the caseload overview counts unsigned and overdue notes, and those awaiting
     * a co-signature or returned for revision, without touching the (large) note table.
     */
    private static final String UNSIGNED_NOTE_TABLE = """
            CREATE TABLE IF NOT EXISTS unsigned_note (note_id VARCHAR(64) PRIMARY KEY REFERENCES note (id),
              client_id VARCHAR(64) NOT NULL, service_date DATE, status VARCHAR(32) DEFAULT 'DRAFT' NOT NULL)""";

    private static final String[] TABLES = {
        "CREATE TABLE store_meta (name VARCHAR(64) PRIMARY KEY, val VARCHAR(256) NOT NULL)",
        """
        CREATE TABLE client (id VARCHAR(64) PRIMARY KEY, display_name VARCHAR(400) NOT NULL,
          sort_name VARCHAR(400) NOT NULL, search_text VARCHAR(4000) NOT NULL, status VARCHAR(32) NOT NULL,
          note_count INT DEFAULT 0 NOT NULL, last_service_date DATE, pronouns VARCHAR(100) DEFAULT '' NOT NULL,
          next_plan_review DATE, awaiting_intake_since DATE, last_measure_on DATE, updated_at BIGINT NOT NULL,
          content VARBINARY NOT NULL)""",
        "CREATE INDEX client_sort ON client (sort_name)",
        """
        CREATE TABLE note (id VARCHAR(64) PRIMARY KEY, client_id VARCHAR(64) NOT NULL REFERENCES client (id),
          template_id VARCHAR(200) NOT NULL, template_version VARCHAR(40) NOT NULL, status VARCHAR(32) NOT NULL,
          author VARCHAR(200) NOT NULL, service_date DATE, updated_at BIGINT NOT NULL)""",
        """
        CREATE TABLE note_content (id VARCHAR(64) PRIMARY KEY REFERENCES note (id),
          content VARBINARY NOT NULL)""",
        "CREATE INDEX note_client ON note (client_id, service_date)",
        "CREATE INDEX note_template ON note (template_id, template_version)",
        "CREATE INDEX note_status ON note (status)",
        "CREATE INDEX note_author ON note (author)",
        "CREATE INDEX note_date ON note (service_date)",
        UNSIGNED_NOTE_TABLE,
        """
        CREATE TABLE psychotherapy_note (id VARCHAR(64) PRIMARY KEY,
          client_id VARCHAR(64) NOT NULL REFERENCES client (id), author VARCHAR(200) NOT NULL,
          updated_at BIGINT NOT NULL, content VARBINARY NOT NULL)""",
        "CREATE INDEX psychotherapy_note_client ON psychotherapy_note (client_id)",
        """
        CREATE TABLE draft_autosave (note_id VARCHAR(64) PRIMARY KEY, client_id VARCHAR(64) NOT NULL,
          saved_at BIGINT NOT NULL, content VARBINARY NOT NULL)""",
        """
        CREATE TABLE audit_event (seq BIGINT PRIMARY KEY, at_millis BIGINT NOT NULL, actor VARCHAR(200) NOT NULL,
          action VARCHAR(32) NOT NULL, kind VARCHAR(32) NOT NULL, object_id VARCHAR(64) NOT NULL,
          detail VARCHAR(1000) NOT NULL, content_digest CHAR(64), previous_hash CHAR(64) NOT NULL,
          hash CHAR(64) NOT NULL)""",
        "CREATE INDEX audit_object ON audit_event (kind, object_id, seq)",
    };

    /**
     * What format 2 added to format 1: the client columns and the unsigned-note table the caseload overview reads
     * (format 1 listed clients without them, so the caseload view loaded every record).
     */
    private static final String[] FORMAT_2_ADDITIONS = {
        "ALTER TABLE client ADD COLUMN IF NOT EXISTS pronouns VARCHAR(100) DEFAULT '' NOT NULL",
        "ALTER TABLE client ADD COLUMN IF NOT EXISTS next_plan_review DATE",
        UNSIGNED_NOTE_TABLE,
    };

    /** What format 3 added to format 2: the client column the caseload's "intake due" reads. */
    private static final String[] FORMAT_3_ADDITIONS = {
        "ALTER TABLE client ADD COLUMN IF NOT EXISTS awaiting_intake_since DATE",
    };

    /**
     * What format 4 added to format 3: the client column the dashboard's "measure not repeated" reads and the status
     * of the unsigned notes (filled by the upgrade's rebuild of {@code unsigned_note}).
     */
    private static final String[] FORMAT_4_ADDITIONS = {
        "ALTER TABLE client ADD COLUMN IF NOT EXISTS last_measure_on DATE",
        "ALTER TABLE unsigned_note ADD COLUMN IF NOT EXISTS status VARCHAR(32) DEFAULT 'DRAFT' NOT NULL",
    };

    private Schema() {
    }

    /**
     * Creates every table of the current format in a fresh database.
     *
     * @param connection a connection inside a transaction
     * @throws SQLException on failure
     */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : TABLES) {
                statement.execute(ddl);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_meta (name, val) VALUES ('format', ?)")) {
            insert.setString(1, Integer.toString(CURRENT_VERSION));
            insert.executeUpdate();
        }
    }

    /**
     * Checks that an opened database holds a caseload in a format this code reads.
     *
     * @param connection an open connection
     * @return the database's format version ({@link #CURRENT_VERSION} or older; older ones need
     *         {@link #addFormat2Structures}, {@link #addFormat3Structures},
     *         {@link #addFormat4Structures} and then {@link #recordCurrentVersion})
     * @throws CorruptCaseloadException   if the tables are missing or the database cannot be read
     * @throws UnsupportedFormatException if the database's own version is newer
     */
    public static int check(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet format = statement.executeQuery("SELECT val FROM store_meta WHERE name = 'format'")) {
            if (!format.next()) {
                throw new CorruptCaseloadException(EngineFailures.DAMAGED + "its database has no format record.");
            }
            int version;
            try {
                version = Integer.parseInt(format.getString(1));
            } catch (NumberFormatException e) {
                throw new CorruptCaseloadException(EngineFailures.DAMAGED + "its database's format record is not a"
                        + " number.", e);
            }
            if (version > CURRENT_VERSION) {
                throw new UnsupportedFormatException(version, CURRENT_VERSION);
            }
            return version;
        } catch (SQLException e) {
            throw EngineFailures.translate(e, "read the caseload");
        }
    }

    /**
     * Adds the format-2 client columns and unsigned-note table to a format-1 database (repeatable: what is already
     * there is kept). Their content is then derived from the stored records and notes by the caller.
     *
     * @param connection an open connection
     * @throws SQLException on failure
     */
    public static void addFormat2Structures(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : FORMAT_2_ADDITIONS) {
                statement.execute(ddl);
            }
        }
    }

    /**
     * Adds the format-3 client column to a format-1 or format-2 database (repeatable, like
     * {@link #addFormat2Structures}); its content is derived from the stored records by the caller.
     *
     * @param connection an open connection
     * @throws SQLException on failure
     */
    public static void addFormat3Structures(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : FORMAT_3_ADDITIONS) {
                statement.execute(ddl);
            }
        }
    }

    /**
     * Adds the format-4 client column to an older database (repeatable, like {@link #addFormat2Structures}); its
     * content is derived from the stored records by the caller.
     *
     * @param connection an open connection
     * @throws SQLException on failure
     */
    public static void addFormat4Structures(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : FORMAT_4_ADDITIONS) {
                statement.execute(ddl);
            }
        }
    }

    /**
     * Marks the database as {@link #CURRENT_VERSION}, the last step of an upgrade.
     *
     * @param connection a connection inside the upgrade's transaction
     * @throws SQLException on failure
     */
    public static void recordCurrentVersion(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE store_meta SET val = ? WHERE name = 'format'")) {
            update.setString(1, Integer.toString(CURRENT_VERSION));
            update.executeUpdate();
        }
    }
}
