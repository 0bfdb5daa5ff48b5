package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.caseload.CaseloadOpener;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures the Casenotes workbench: its first perspective and its windows. */
final class CasenotesWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void preStartup() {
        CaseloadOpener.openEarlyIfUnattended();
    }

    @Override
    public void postStartup() {
        IdeKeys.unbind(getWorkbenchConfigurer().getWorkbench());
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
