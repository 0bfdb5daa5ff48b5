package org.casenotes.store;

/** The passphrase does not unlock the caseload. Nothing was read beyond the header and nothing was written. */
public final class WrongPassphraseException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String message) {
        super(message);
    }
}
