package org.casenotes.store.internal.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.h2.Driver;
import org.h2.api.ErrorCode;

/**
 * Opens the H2 database of a caseload with AES file encryption. The driver is called directly (no
 * {@code DriverManager}), which is what works inside OSGi.
 */
public final class H2Engine {

    /** How a caseload's database is opened. */
    public enum Access {
        /** Create a new database (the file may exist empty, created private by the caller). */
        CREATE,
        /** Open an existing database for work. */
        READ_WRITE,
        /** Open an existing database without the engine writing anything to its file. */
        READ_ONLY
    }

    /**
     * The smallest file that can hold an encrypted database: the cipher's own header block and the store's two
     * header blocks. A shorter file is damaged, and the engine would otherwise start it afresh (write a new cipher
     * header and an empty store into it), destroying what is left.
     */
    static final long MINIMUM_DATABASE_LENGTH = 3 * 4096;

    private static final String SETTINGS = ";CIPHER=AES"
            // no trace file: it would be written in plaintext beside the database
            + ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0"
            // the store closes the database itself; a JVM shutdown hook inside OSGi outlives its class loader
            + ";DB_CLOSE_ON_EXIT=FALSE"
            // large result sets spill to (encrypted) temporary files rather than memory
            + ";MAX_MEMORY_ROWS=100000";

    private H2Engine() {
    }

    /**
     * Opens (or, with {@link Access#CREATE}, creates) the caseload's database.
     *
     * @param directory the caseload
     * @param key       the key derived from the passphrase, already checked against the header
     * @param access    create, open for work, or open read-only
     * @return an open connection in auto-commit mode
     * @throws CorruptCaseloadException if the database file cannot be read as an encrypted H2 store
     * @throws CaseloadInUseException   if another process has it open
     */
    public static Connection open(CaseloadFolderLayout directory, CaseloadKey key, Access access) {
        if (access != Access.CREATE) {
            requirePlausibleLength(directory);
        }
        String url = "jdbc:h2:file:" + directory.databaseBase() + SETTINGS + ";IFEXISTS=" + (access != Access.CREATE)
                + (access == Access.READ_ONLY ? ";ACCESS_MODE_DATA=r" : "");
        char[] filePassword = key.fileCipherPassword();
        char[] userPassword = key.databaseUserPassword();
        Properties properties = new Properties();
        properties.setProperty("user", "caseload");
        properties.put("password", concat(filePassword, ' ', userPassword));
        try {
            Connection connection = new Driver().connect(url, properties);
            if (connection == null) {
                throw new IllegalStateException("H2 driver rejected its own URL");
            }
            return connection;
        } catch (SQLException e) {
            if (access == Access.READ_ONLY && e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                throw new CorruptCaseloadException("Cannot open the caseload at " + directory.location() + " for"
                        + " reading: " + EngineFailures.DAMAGED + "its database needs repairs, which a check never"
                        + " writes (it is damaged, or was not closed cleanly). It was left as it is; open it in"
                        + " the workbench, or restore it from a backup.", e);
            }
            CaseloadStoreException failure = EngineFailures.translate(e, "open the caseload at "
                    + directory.location());
            if (failure instanceof CorruptCaseloadException) {
                throw new CorruptCaseloadException(failure.getMessage() + " It was left as it is.", e);
            }
            throw failure;
        } catch (RuntimeException e) {
            throw new CorruptCaseloadException("Cannot open the caseload at " + directory.location() + ": "
                    + EngineFailures.DAMAGED + "the database engine cannot read it. It was left as it is.", e);
        } finally {
            Arrays.fill(filePassword, '\0');
            Arrays.fill(userPassword, '\0');
            Arrays.fill((char[]) properties.get("password"), '\0');
        }
    }

    private static void requirePlausibleLength(CaseloadFolderLayout directory) {
        long length;
        try {
            length = Files.size(directory.databaseFile());
        } catch (IOException e) {
            throw new CorruptCaseloadException("Cannot open the caseload at " + directory.location() + ": "
                    + EngineFailures.DAMAGED + "its database file cannot be read.", e);
        }
        if (length < MINIMUM_DATABASE_LENGTH) {
            throw new CorruptCaseloadException("Cannot open the caseload at " + directory.location() + ": "
                    + EngineFailures.DAMAGED + "its database file is cut short (" + length + " bytes)."
                    + " It was left as it is; restore it from a backup.");
        }
    }

    private static char[] concat(char[] first, char separator, char[] second) {
        char[] result = new char[first.length + 1 + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        result[first.length] = separator;
        System.arraycopy(second, 0, result, first.length + 1, second.length);
        return result;
    }
}
