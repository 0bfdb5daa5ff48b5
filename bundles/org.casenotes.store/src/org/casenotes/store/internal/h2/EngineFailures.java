package org.casenotes.store.internal.h2;

import java.sql.SQLException;

import org.casenotes.store.CaseloadInUseException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.h2.api.ErrorCode;

/**
 * Turns the database engine's exceptions into store exceptions whose message names the reason in words. The
 * engine's own text quotes SQL, table names and file offsets, which tell a clinician nothing and leak how the store
 * is built; it stays in the cause for a developer's stack trace, never in the message.
 */
public final class EngineFailures {

    /** The start of every message about a damaged caseload, so users (and scripts) recognise them. */
    public static final String DAMAGED = "the caseload file is damaged or not a Casenotes caseload: ";

    private EngineFailures() {
    }

    /**
     * @param e     the engine's exception
     * @param doing what the store was doing, as a phrase ("read the caseload", "save the change")
     * @return the exception to throw
     */
    public static CaseloadStoreException translate(SQLException e, String doing) {
        SQLException root = e;
        while (root.getNextException() != null && root.getErrorCode() == 0) {
            root = root.getNextException();
        }
        String cannot = "Cannot " + doing + ": ";
        return switch (root.getErrorCode()) {
        case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.LOCK_TIMEOUT_1 -> new CaseloadInUseException(
                cannot + "the caseload is open in another Casenotes window or process.", e);
        case ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1 -> new CorruptCaseloadException(
                cannot + DAMAGED + "its database file is corrupted (part of it cannot be read back)."
                        + " Restore it from a backup.", e);
        case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> new CorruptCaseloadException(
                cannot + DAMAGED + "its database file does not belong to its header (the caseload key does not"
                        + " decrypt it).", e);
        case ErrorCode.FILE_VERSION_ERROR_1 -> new CorruptCaseloadException(
                cannot + DAMAGED + "its database file is in a format this Casenotes does not know.", e);
        case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1,
                ErrorCode.FILE_NOT_FOUND_1 -> new CorruptCaseloadException(
                cannot + DAMAGED + "its database file is missing.", e);
        case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2,
                ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1, ErrorCode.COLUMN_NOT_FOUND_1 ->
            new CorruptCaseloadException(cannot + DAMAGED + "its database lacks the caseload's tables.", e);
        case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1,
                ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1 -> new CaseloadStoreException(
                cannot + "the caseload's files could not be read or written (input/output error, or no"
                        + " permission).", e);
        case ErrorCode.OUT_OF_MEMORY -> new CaseloadStoreException(cannot + "out of memory.", e);
        case ErrorCode.DATABASE_IS_READ_ONLY -> new CaseloadStoreException(
                cannot + "the caseload was opened for reading only.", e);
        case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN -> new CaseloadStoreException(
                cannot + "the caseload was closed.", e);
        default -> new CaseloadStoreException(cannot + "the database engine failed (error " + root.getErrorCode()
                + ").", e);
        };
    }
}
