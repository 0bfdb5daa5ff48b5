package org.casenotes.core.lifecycle;

/**
 * A note lifecycle operation was refused: the note is in the wrong state for it, or the person asking may not do
 * it. The message says which and why, in words a clinician can read.
 */
public class LifecycleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LifecycleException(String message) {
        super(message);
    }
}
