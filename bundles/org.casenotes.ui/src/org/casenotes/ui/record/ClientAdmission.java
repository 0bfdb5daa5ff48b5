package org.casenotes.ui.record;

import java.time.LocalDate;

import org.casenotes.core.record.Admission;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
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
 * An admission ({@link Admission}) on the workbench's operation history, so that Edit &gt; Undo takes back an
 * admission made by mistake (the episode goes, the client's status is what it was) and Redo makes it again; each
 * way is saved through the store and audited as a change of the client. Undo is refused, in words, once the episode
 * holds anything besides the admission: a note written in it, its intake, a treatment plan, its discharge.
 */
final class ClientAdmission extends AbstractOperation {

    private final CaseloadStore store;
    private final IWorkbenchPage page;
    private final String clientId;
    private final Admission admission;
    private final LocalDate today;
    private final String episodeId;
    private ClientStatus statusBefore;

    ClientAdmission(CaseloadStore store, IWorkbenchPage page, String clientId, Admission admission, LocalDate today,
            String episodeId) {
        super("Admission of " + clientId);
        this.store = store;
        this.page = page;
        this.clientId = clientId;
        this.admission = admission;
        this.today = today;
        this.episodeId = episodeId;
        addContext(CaseloadUi.CLIENT_EDITS);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        Client client = load();
        statusBefore = client.getStatus();
        try {
            admission.admit(client, today, episodeId);
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return save(client);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        Client client = load();
        EpisodeOfCare episode = client.getEpisodes().stream().filter(each -> episodeId.equals(each.getId()))
                .findFirst().orElseThrow(() -> new ExecutionException("The episode of this admission is no longer "
                        + "in " + clientId + "'s record."));
        boolean written = client.getNotes().stream().anyMatch(note -> episodeId.equals(note.getEpisodeId()));
        if (written || episode.getIntakeOn() != null || !episode.getTreatmentPlans().isEmpty()
                || episode.getStatus() == EpisodeStatus.CLOSED) {
            throw new ExecutionException("The admission of " + clientId + " on " + episode.getStartDate()
                    + " cannot be taken back: the episode already holds notes, an intake, a plan or a discharge.");
        }
        client.getEpisodes().remove(episode);
        client.setStatus(statusBefore);
        return save(client);
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

    private Client load() throws ExecutionException {
        try {
            return store.loadClient(clientId).orElseThrow(
                    () -> new ExecutionException("Client " + clientId + " is no longer in this caseload."));
        } catch (CaseloadStoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }

    private IStatus save(Client client) throws ExecutionException {
        try {
            store.saveClient(client);
        } catch (CaseloadStoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        ClientOverviewView.refreshIfShowing(page, clientId);
        CaseloadView.reloadIfShowing(page, clientId);
        return Status.OK_STATUS;
    }
}
