package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.caseload.StartupProbe;
import org.casenotes.ui.caseload.WindowTitle;
import org.casenotes.ui.layout.FirstStart;
import org.casenotes.ui.layout.WritingLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Gives every workbench window the Casenotes title, size and menus: a first start fills the screen, later starts
 * restore the window and its layout as they were left; notes opened in it get the window for writing.
 */
final class CasenotesWindowAdvisor extends WorkbenchWindowAdvisor {

    CasenotesWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new CasenotesActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle(CasenotesUi.WINDOW_TITLE);
        configurer.setInitialSize(FirstStart.windowSize(Display.getCurrent()));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(false);
    }

    @Override
    public void postWindowOpen() {
        StartedMarker.windowOpened();
        StartupProbe.windowOpened();
        WindowTitle.follow(getWindowConfigurer());
        IdeActionSets.hideIn(getWindowConfigurer().getWindow());
        WritingLayout.follow(getWindowConfigurer().getWindow());
    }
}
