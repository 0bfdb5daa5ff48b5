package org.casenotes.export;

/**
 * An export could not be made: the target cannot be written, the disk is full, the client does not exist. The
 * message is one sentence for the user; no partial file is left behind and nothing in the record changed.
 */
public final class ExportFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, in words for the user */
    public ExportFailedException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, in words for the user
     * @param cause   the underlying failure
     */
    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
