package org.casenotes.store;

/**
 * A save would have changed a signed note (its content, signature or status) other than by adding an addendum. The
 * store refuses, as a second line of defence behind the note lifecycle.
 */
public final class SignedNoteChangeException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    public SignedNoteChangeException(String message) {
        super(message);
    }
}
