package org.casenotes.store;

/**
 * Base of every failure a {@link CaseloadStore} reports. Subclasses name the cases a caller can act on (wrong
 * passphrase, newer format, damaged caseload, ...); the message is meant for the user and never contains client
 * data or passphrases.
 */
public class CaseloadStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseloadStoreException(String message) {
        super(message);
    }

    public CaseloadStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
