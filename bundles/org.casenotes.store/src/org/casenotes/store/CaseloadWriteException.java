package org.casenotes.store;

/**
 * The caseload's files cannot be written: the disk holding them is full, or their folder or disk is read-only (or
 * not the user's to write), or the disk reports an input/output error. What was saved before stays as it was saved;
 * the write that failed left nothing behind. The message says which of these it is and what to do, in words.
 *
 * <p>A store whose engine failed in the middle of a write closes its database at once (the engine cannot be trusted
 * with another statement after such a failure) and then refuses every call with this exception until it is
 * {@linkplain CaseloadStore#unlock(char[]) unlocked} again, once the cause is fixed; see {@link #closedTheCaseload()}.
 */
public final class CaseloadWriteException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    private final boolean closedTheCaseload;

    public CaseloadWriteException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param closedTheCaseload whether the store had to close its database (see the class comment)
     */
    public CaseloadWriteException(String message, Throwable cause, boolean closedTheCaseload) {
        super(message, cause);
        this.closedTheCaseload = closedTheCaseload;
    }

    /**
     * @return true if the store closed its database after this failure: it is locked, and unlocking it with the
     *         passphrase opens it again (what was saved before the failure is all there)
     */
    public boolean closedTheCaseload() {
        return closedTheCaseload;
    }
}
