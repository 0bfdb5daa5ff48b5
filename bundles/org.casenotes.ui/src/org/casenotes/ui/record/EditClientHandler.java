package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.record.ClientDetails;
import org.casenotes.core.record.EpisodesOfCare;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Client &gt; Edit Client…: changes the details of the client shown in the overview ({@link ClientDialog}) and saves
 * the record through the store (audited as a change of the client); the caseload view and the overview show the
 * change at once, and Edit &gt; Undo puts the previous details back ({@link ClientEdit}).
 */
public final class EditClientHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<Client> shown = ClientRecordTarget.shownClientRecord(page, store, shell,
                    ClientDialog.EDIT_TITLE);
            if (shown.isEmpty()) {
                return null;
            }
            Client client = shown.get();
            Set<String> others = store.listClients().stream().map(ClientSummary::id)
                    .filter(id -> !id.equals(client.getId())).collect(Collectors.toSet());
            ClientDialog dialog = new ClientDialog(shell, ClientDetails.of(client), false, others, LocalDate.now(),
                    EpisodesOfCare.open(client).map(EpisodeOfCare::getStartDate));
            if (dialog.open() != ClientDialog.OK) {
                return null;
            }
            PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(
                    new ClientEdit(store, page, ClientDetails.of(client), dialog.entered().orElseThrow()), null,
                    null);
        } catch (ExecutionException | CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, ClientDialog.EDIT_TITLE, e.getMessage());
        }
        return null;
    }
}
