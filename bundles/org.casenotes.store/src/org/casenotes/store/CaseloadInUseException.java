package org.casenotes.store;

/** Another process (or another open store in this process) holds the caseload open. */
public final class CaseloadInUseException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    public CaseloadInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
