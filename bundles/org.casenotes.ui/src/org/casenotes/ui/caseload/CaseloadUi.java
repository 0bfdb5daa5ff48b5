package org.casenotes.ui.caseload;

/** Identifiers of the caseload views, for the perspective, plugin.xml and tests. */
public final class CaseloadUi {

    /** The list of clients with search and status filter. */
    public static final String CASELOAD_VIEW = "org.casenotes.ui.caseload";

    /** One client's demographics, diagnoses, plan, measures and timeline. */
    public static final String CLIENT_OVERVIEW_VIEW = "org.casenotes.ui.caseload.client";

    /** A read-only view of one note or letter, until the note form editor exists. */
    public static final String NOTE_VIEW = "org.casenotes.ui.caseload.note";

    private CaseloadUi() {
    }
}
