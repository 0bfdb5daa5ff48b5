package org.casenotes.ui.caseload;

import java.util.List;

import org.casenotes.store.server.AgencyServer;
import org.casenotes.store.server.KeptDraftSave;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Agency Server: signs in to an agency's server and works on its caseload in place of the open one,
 * as File &gt; Open Caseload does with a folder. Drafts are kept on this computer, encrypted, while the server cannot be
 * reached ({@link ServerWatch}); those an earlier session kept are offered right after signing in.
 */
public final class OpenAgencyServerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        RecentAgencyServers recent = RecentAgencyServers.ofWorkbench();
        OpenAgencyServerDialog dialog = new OpenAgencyServerDialog(window.getShell(), recent.list(),
                (server, password) -> AgencyServer.at(server.url()).signIn(server.userId(), password,
                        KeptDraftFolders.root()));
        if (dialog.open() == Window.OK && CaseloadSwitch.toAgency(window, dialog.opened(), dialog.server())) {
            // drafts kept on this computer while the server could not be reached, e.g. before a crash
            ServerWatch.stop(); // the caseload before is no longer watched; this one is once the offer is answered
            List<KeptDraftSave> told = KeptDraftsOffer.offer(window.getShell(), dialog.opened());
            ServerWatch.start(dialog.opened(), window.getShell().getDisplay(), told);
        }
        return null;
    }
}
