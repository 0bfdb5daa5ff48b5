package org.casenotes.store;

/** The store is locked (explicitly or after idling); call {@link CaseloadStore#unlock(char[])} first. */
public final class CaseloadLockedException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    public CaseloadLockedException() {
        super("The caseload is locked. Unlock it with the passphrase to continue.");
    }
}
