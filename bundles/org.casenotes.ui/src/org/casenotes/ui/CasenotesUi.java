package org.casenotes.ui;

/** Identifiers of the Casenotes workbench that other bundles and tests refer to. */
public final class CasenotesUi {

    /** The title of every Casenotes workbench window. */
    public static final String WINDOW_TITLE = "Casenotes";

    /** The perspective a clinician starts in. */
    public static final String CASELOAD_PERSPECTIVE = "org.casenotes.ui.perspective";

    /** The welcome view, showing the version and where the data lives. */
    public static final String WELCOME_VIEW = "org.casenotes.ui.welcome";

    private CasenotesUi() {
    }
}
