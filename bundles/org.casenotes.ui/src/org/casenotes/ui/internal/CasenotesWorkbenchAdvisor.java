package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.caseload.CaseloadOpener;
import org.casenotes.ui.caseload.NotesLeftOpen;
import org.casenotes.ui.caseload.ServerPublicationOutlet;
import org.casenotes.ui.caseload.TemplateTitles;
import org.casenotes.ui.layout.WritingLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Configures the Casenotes workbench: its first perspective and its windows. The layout is saved at exit and
 * restored at the next start (with the views beside the editor area: the notes open at exit come back only once
 * their caseload is open, and set the views aside again then).
 */
final class CasenotesWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void preStartup() {
        CaseloadOpener.openEarlyIfUnattended();
        ServerPublicationOutlet.register();
    }

    @Override
    public void postStartup() {
        IdeKeys.unbind(getWorkbenchConfigurer().getWorkbench());
        TemplateTitles.warmUp();
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            NotesLeftOpen.reopenWhenCaseloadOpens(window.getActivePage());
        }
    }

    @Override
    public boolean preShutdown() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window == null && getWorkbenchConfigurer().getWorkbench().getWorkbenchWindowCount() > 0) {
            window = getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows()[0];
        }
        if (window != null) {
            IWorkbenchPage page = window.getActivePage();
            NotesLeftOpen.remember(page);
            // notes are reopened by NotesLeftOpen, not by the workbench: a window left with its notes maximised would
            // start with an empty editor area over the views. An editor the clinician maximised (the template
            // designer, which the workbench restores) stays so.
            WritingLayout layout = page == null ? null : WritingLayout.of(page);
            if (layout != null && layout.isWriting()) {
                layout.bringViewsBack();
            }
        }
        return true;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return CasenotesUi.CASELOAD_PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new CasenotesWindowAdvisor(configurer);
    }
}
