package org.casenotes.export;

/** The user cancelled an export; nothing was written. */
public final class ExportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The export was cancelled. */
    public ExportCancelledException() {
        super("The export was cancelled; no file was written.");
    }
}
