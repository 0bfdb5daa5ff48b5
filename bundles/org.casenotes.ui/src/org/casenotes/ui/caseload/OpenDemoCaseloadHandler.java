package org.casenotes.ui.caseload;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Demo Caseload: opens the fictional demo caseload in place of the open one (creating it in the data
 * folder if it is not there). The demo then opens at the next start again.
 */
public final class OpenDemoCaseloadHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (CaseloadSession.current().isDemo() && CaseloadSession.current().store() != null) {
            return null;
        }
        CaseloadStore[] demo = new CaseloadStore[1];
        try {
            BusyIndicator.showWhile(window.getShell().getDisplay(), () -> demo[0] = CaseloadOpener.openDemoNow());
        } catch (CaseloadStoreException e) {
            MessageDialog.openError(window.getShell(), "Open Demo Caseload", e.getMessage());
            return null;
        }
        CaseloadSwitch.to(window, demo[0], true, null);
        return null;
    }
}
