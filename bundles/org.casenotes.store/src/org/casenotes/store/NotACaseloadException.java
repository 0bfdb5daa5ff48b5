package org.casenotes.store;

/** The location holds something that is not a caseload (or nothing at all). It was left untouched. */
public final class NotACaseloadException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    public NotACaseloadException(String message) {
        super(message);
    }
}
