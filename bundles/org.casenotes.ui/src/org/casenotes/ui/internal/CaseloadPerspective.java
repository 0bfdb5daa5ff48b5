package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The clinician's starting layout. Until the caseload views exist it shows the welcome view. */
public final class CaseloadPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(CasenotesUi.WELCOME_VIEW, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
    }
}
