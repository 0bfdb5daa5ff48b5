package org.casenotes.store.internal.h2;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import org.casenotes.store.CaseloadInUseException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadWriteException;
import org.casenotes.store.CorruptCaseloadException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Turns the database engine's exceptions into store exceptions whose message names the reason in words. The
 * engine's own text quotes SQL, table names and file offsets, which tell a clinician nothing and leak how the store
 * is built; it stays in the cause for a developer's stack trace, never in the message.
 */
public final class EngineFailures {

    /** The start of every message about a damaged caseload, so users (and scripts) recognise them. */
    public static final String DAMAGED = "the caseload file is damaged or not a Casenotes caseload: ";

    /** What a failed write leaves, said after its reason. */
    public static final String NOTHING_LOST = " Nothing of this change was saved; everything saved before is kept.";

    /** The reason given when the caseload's folder or files cannot be written for lack of permission. */
    public static final String NOT_WRITABLE = "the caseload's folder or files cannot be written (they are read-only,"
            + " or not yours to change)";

    /** How many causes deep a write failure is looked for (the engine wraps its own exceptions several times). */
    private static final int CAUSE_DEPTH = 20;

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
        Optional<String> unwritable = writeFailure(e);
        if (unwritable.isPresent()) {
            return new CaseloadWriteException(cannot + unwritable.get() + "." + NOTHING_LOST, e);
        }
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
        // A store opened for reading refuses writes before they reach the engine; the engine itself turns read-only
        // when it finds its file cannot be written.
        case ErrorCode.DATABASE_IS_READ_ONLY -> new CaseloadWriteException(cannot + NOT_WRITABLE + "." + NOTHING_LOST,
                e);
        case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN -> new CaseloadStoreException(
                cannot + "the caseload was closed.", e);
        default -> new CaseloadStoreException(cannot + "the database engine failed (error " + root.getErrorCode()
                + ").", e);
        };
    }

    /**
     * Tells whether an exception is the engine failing to write the caseload's files, and why in words: the disk is
     * full, read-only, refuses the user, or reports an input/output error. The engine reports all of these as a
     * "general error" whose causes hold its failed write and, under it, the operating system's reason (a refused
     * permission counts only under a failed write: reading a file one may not read is not a write failure).
     *
     * @param e an exception from the engine or the file system
     * @return the reason ("the disk holding the caseload is full"), or empty if {@code e} is not a failed write
     */
    public static Optional<String> writeFailure(Throwable e) {
        boolean engineWrite = false;
        String reason = null;
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_WRITING_FAILED) {
                engineWrite = true;
            }
            if (cause instanceof IOException io && io.getMessage() != null) {
                reason = io.getMessage();
            }
        }
        if (reason != null && reason.contains("No space left")) {
            return Optional.of("the disk holding the caseload is full");
        }
        if (reason != null && reason.contains("Read-only file system")) {
            return Optional.of("the disk holding the caseload is read-only");
        }
        if (engineWrite && reason != null && (reason.contains("Operation not permitted") || reason.contains("Permission denied")
                || reason.contains("Access is denied"))) {
            return Optional.of(NOT_WRITABLE);
        }
        return engineWrite ? Optional.of("the disk holding the caseload reported an error while writing it")
                : Optional.empty();
    }
}
