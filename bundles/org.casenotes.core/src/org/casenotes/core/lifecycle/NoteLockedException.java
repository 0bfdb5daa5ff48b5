package org.casenotes.core.lifecycle;

/**
 * Something tried to change content that is locked: a signed note (through any path, including plain EMF setters),
 * or a note that is submitted for supervisor review. Signed notes change only by addenda.
 */
public final class NoteLockedException extends LifecycleException {

    private static final long serialVersionUID = 1L;

    public NoteLockedException(String message) {
        super(message);
    }
}
