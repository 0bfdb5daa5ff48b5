package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.caseload.CaseloadUi;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The clinician's starting layout: the caseload on the left with the welcome view below it, the selected client's
 * overview on the right, and room below the overview for the note opened from the client's timeline.
 */
public final class CaseloadPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(CaseloadUi.CASELOAD_VIEW, IPageLayout.LEFT, 0.47f, layout.getEditorArea());
        layout.addView(CasenotesUi.WELCOME_VIEW, IPageLayout.BOTTOM, 0.78f, CaseloadUi.CASELOAD_VIEW);
        layout.addView(CaseloadUi.CLIENT_OVERVIEW_VIEW, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
        layout.addPlaceholder(CaseloadUi.NOTE_VIEW, IPageLayout.BOTTOM, 0.62f, CaseloadUi.CLIENT_OVERVIEW_VIEW);
    }
}
