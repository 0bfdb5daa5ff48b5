package org.casenotes.ui.caseload;

import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Open Caseload: opens a recent caseload, or one in a chosen folder, in place of the open one. */
public final class OpenCaseloadHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        RecentCaseloads recent = RecentCaseloads.ofWorkbench();
        CaseloadSession session = CaseloadSession.current();
        OpenCaseloadDialog dialog = new OpenCaseloadDialog(window.getShell(), EmbeddedCaseloads.factory(),
                CasenotesPreferences.profile().id(), recent.list(),
                session.store() == null || session.isDemo() ? null : recent.last().map(KnownCaseload::location)
                        .orElse(null));
        if (dialog.open() == Window.OK) {
            CaseloadSwitch.to(window, dialog.opened(), false, dialog.caseload());
        }
        return null;
    }
}
