package org.casenotes.ui.caseload;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;

/** Identifiers of the caseload views, for the perspective, plugin.xml and tests. */
public final class CaseloadUi {

    /** The list of clients with search and status filter. */
    public static final String CASELOAD_VIEW = "org.casenotes.ui.caseload";

    /** One client's demographics, diagnoses, plan, measures and timeline. */
    public static final String CLIENT_OVERVIEW_VIEW = "org.casenotes.ui.caseload.client";

    /** A read-only view of one note or letter, until the note form editor exists. */
    public static final String NOTE_VIEW = "org.casenotes.ui.caseload.note";

    /**
     * The undo context of changes to clients' details: Edit &gt; Undo and Redo undo and redo them while the caseload
     * view or the client overview is active.
     */
    public static final IUndoContext CLIENT_EDITS = new ObjectUndoContext(CaseloadUi.class, "Client details");

    private CaseloadUi() {
    }
}
