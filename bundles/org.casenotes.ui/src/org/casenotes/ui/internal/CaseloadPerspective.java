package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.caseload.CaseloadUi;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The clinician's starting layout: the caseload on the left with the welcome view below it, the selected client's
 * overview beside it with room below for a letter opened from the client's timeline, and the (hidden until a note
 * is opened) editor area on the right for the note form editor.
 */
public final class CaseloadPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(CaseloadUi.CASELOAD_VIEW, IPageLayout.LEFT, 0.38f, layout.getEditorArea());
        layout.addView(CasenotesUi.WELCOME_VIEW, IPageLayout.BOTTOM, 0.78f, CaseloadUi.CASELOAD_VIEW);
        layout.addView(CaseloadUi.CLIENT_OVERVIEW_VIEW, IPageLayout.LEFT, 0.45f, layout.getEditorArea());
        layout.addPlaceholder(CaseloadUi.NOTE_VIEW, IPageLayout.BOTTOM, 0.62f, CaseloadUi.CLIENT_OVERVIEW_VIEW);
    }
}
