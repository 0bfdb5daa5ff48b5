package org.casenotes.ui.record;

import org.casenotes.core.record.ClientDetails;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;

/**
 * A change of one client's details, on the workbench's operation history so that Edit &gt; Undo puts the previous
 * details back and Redo the new ones. Each way is saved through the store (and audited) like the edit itself. It
 * can be undone only while the caseload it was made in is open.
 */
final class ClientEdit extends AbstractOperation {

    private final CaseloadStore store;
    private final IWorkbenchPage page;
    private final String clientId;
    private final ClientDetails before;
    private final ClientDetails after;

    ClientEdit(CaseloadStore store, IWorkbenchPage page, ClientDetails before, ClientDetails after) {
        super("Client Details of " + before.id());
        this.store = store;
        this.page = page;
        this.clientId = before.id();
        this.before = before;
        this.after = after;
        addContext(CaseloadUi.CLIENT_EDITS);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return save(after);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return save(after);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return save(before);
    }

    @Override
    public boolean canUndo() {
        return stillOpen();
    }

    @Override
    public boolean canRedo() {
        return stillOpen();
    }

    private boolean stillOpen() {
        return CaseloadSession.current().store() == store && !store.isLocked();
    }

    private IStatus save(ClientDetails details) throws ExecutionException {
        try {
            Client client = store.loadClientDetails(clientId).orElseThrow(
                    () -> new ExecutionException("Client " + clientId + " is no longer in this caseload."));
            details.applyTo(client);
            store.saveClient(client);
        } catch (CaseloadStoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        ClientOverviewView.refreshIfShowing(page, clientId);
        CaseloadView.reloadIfShowing(page, clientId);
        return Status.OK_STATUS;
    }
}
