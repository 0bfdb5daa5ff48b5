package org.casenotes.store;

/**
 * The caseload is damaged (truncated, overwritten, missing parts) and cannot be opened. Its files were left as they
 * were so that a restore or a recovery tool can still work on them.
 */
public final class CorruptCaseloadException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    public CorruptCaseloadException(String message) {
        super(message);
    }

    public CorruptCaseloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
