package org.casenotes.core.clientimport;

/**
 * A file that cannot be imported at all (not UTF-8, not text, a quote that is never closed), with the line where
 * reading stopped and what to do about it. Rows that can be read but hold bad values are not refused this way:
 * {@link ImportPlan} reports them one by one.
 */
public final class ClientImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param line    the 1-based line the problem is on, or 0 if it concerns the whole file
     * @param message the whole message, line included
     */
    public ClientImportException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** @return the 1-based line where reading stopped, or 0 if the problem concerns the whole file */
    public int line() {
        return line;
    }
}
