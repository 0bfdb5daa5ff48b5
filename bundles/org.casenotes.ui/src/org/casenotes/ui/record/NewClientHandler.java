package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.record.ClientDetails;
import org.casenotes.core.record.ClientIds;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Client &gt; New Client…: adds a client to the open caseload ({@link ClientDialog}), saves it through the store
 * (audited as every saved client is) and shows it in the caseload view. The id is suggested as the next free
 * {@code c-NNNN}; the clinician may type another, and one another client has is refused. With "Admit now" the
 * admission dialog follows ({@link AdmitClientHandler#admit}).
 */
public final class NewClientHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            CaseloadStore store = Workplace.store();
            Set<String> taken = store.listClients().stream().map(ClientSummary::id).collect(Collectors.toSet());
            ClientDetails blank = new ClientDetails(ClientIds.nextFree(taken), "", "", "", "", ClientStatus.ACTIVE, "", false,
                    "", "", "", "");
            ClientDialog dialog = new ClientDialog(shell, blank, true, taken, LocalDate.now(), Optional.empty());
            if (dialog.open() != ClientDialog.OK) {
                return null;
            }
            Client client = RecordFactory.eINSTANCE.createClient();
            dialog.entered().orElseThrow().applyTo(client);
            store.saveClient(client);
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
            CaseloadView.reloadIfShowing(page, client.getId());
            if (dialog.admitNow()) {
                AdmitClientHandler.admit(shell, page, store, client);
            }
        } catch (ExecutionException | CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, ClientDialog.NEW_TITLE, e.getMessage());
        }
        return null;
    }
}
