package org.casenotes.store;

/**
 * A save would have changed or removed a treatment-plan version that is in effect or was (active or superseded).
 * Each saved plan is a new version; old versions stay readable as they were, so the only change the store accepts
 * to one is an active version becoming superseded. Drafts may change freely.
 */
public final class PlanVersionChangeException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    public PlanVersionChangeException(String message) {
        super(message);
    }
}
