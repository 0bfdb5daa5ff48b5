package org.casenotes.core.lifecycle;

import java.time.Instant;

/**
 * The note is being signed after its signing window closed, so it will be labelled a late entry, and no reason was
 * given. Ask the writer why and sign again with the reason.
 */
public final class LateEntryReasonRequiredException extends LifecycleException {

    private static final long serialVersionUID = 1L;

    private final Instant deadline;

    public LateEntryReasonRequiredException(Instant deadline) {
        super("The signing window closed at " + deadline
                + "; this note will be a late entry and needs the reason it is signed late.");
        this.deadline = deadline;
    }

    /** @return when the signing window closed */
    public Instant deadline() {
        return deadline;
    }
}
