package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.caseload.StartupProbe;
import org.casenotes.ui.caseload.WindowTitle;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Gives every workbench window the Casenotes title, size and menus. */
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
        configurer.setInitialSize(new Point(1200, 800));
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
    }
}
