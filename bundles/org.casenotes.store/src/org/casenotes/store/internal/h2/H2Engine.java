package org.casenotes.store.internal.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import org.casenotes.store.CaseloadInUseException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.layout.CaseloadDirectory;
import org.h2.Driver;
import org.h2.api.ErrorCode;

/**
 * Opens the H2 database of a caseload with AES file encryption. The driver is called directly (no
 * {@code DriverManager}), which is what works inside OSGi.
 */
public final class H2Engine {

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
     * Opens (or, with {@code create}, creates) the caseload's database.
     *
     * @param directory the caseload
     * @param key       the key derived from the passphrase, already checked against the header
     * @param create    true to create a new database file, false to require an existing one
     * @return an open connection in auto-commit mode
     * @throws CorruptCaseloadException if the database file cannot be read as an encrypted H2 store
     * @throws CaseloadInUseException   if another process has it open
     */
    public static Connection open(CaseloadDirectory directory, CaseloadKey key, boolean create) {
        String url = "jdbc:h2:file:" + directory.databaseBase() + SETTINGS + ";IFEXISTS=" + !create;
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
            throw translate(e, directory);
        } finally {
            Arrays.fill(filePassword, '\0');
            Arrays.fill(userPassword, '\0');
            Arrays.fill((char[]) properties.get("password"), '\0');
        }
    }

    private static CaseloadStoreException translate(SQLException e, CaseloadDirectory directory) {
        return switch (e.getErrorCode()) {
        case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new CaseloadInUseException(
                "The caseload at " + directory.location() + " is open in another Casenotes window or process.", e);
        case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.FILE_VERSION_ERROR_1,
                ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1,
                ErrorCode.GENERAL_ERROR_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
            new CorruptCaseloadException("The caseload database at " + directory.location()
                    + " is damaged or unreadable and cannot be opened; it was left as it is."
                    + " Restore it from a backup.", e);
        default -> new CaseloadStoreException("Cannot open the caseload database: " + e.getMessage(), e);
        };
    }

    private static char[] concat(char[] first, char separator, char[] second) {
        char[] result = new char[first.length + 1 + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        result[first.length] = separator;
        System.arraycopy(second, 0, result, first.length + 1, second.length);
        return result;
    }
}
