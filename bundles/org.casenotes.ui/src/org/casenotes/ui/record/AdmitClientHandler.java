package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.casenotes.core.record.Admission;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
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
 * Client &gt; Admit…: admits the client shown in the overview ({@link AdmissionDialog}): an episode of care opens,
 * the client becomes active and the intake is due. Saved through the store (audited as a change of the client); Edit
 * &gt; Undo takes it back ({@link ClientAdmission}). A client already in care is told so, and nothing opens.
 */
public final class AdmitClientHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<Client> shown = ClientRecordTarget.shownClientRecord(page, store, shell, AdmissionDialog.TITLE);
            if (shown.isEmpty()) {
                return null;
            }
            admit(shell, page, store, shown.get());
        } catch (ExecutionException | CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, AdmissionDialog.TITLE, e.getMessage());
        }
        return null;
    }

    /**
     * Asks for the admission of {@code client} and makes it, undoably; tells the clinician instead when the client is
     * already in care. Also the second step of New Client with "Admit now".
     *
     * @throws ExecutionException when the admission could not be saved
     */
    static void admit(Shell shell, IWorkbenchPage page, CaseloadStore store, Client client) throws ExecutionException {
        LocalDate today = LocalDate.now();
        Optional<String> inCare = Admission.alreadyInCare(client);
        if (inCare.isPresent()) {
            MessageDialog.openInformation(shell, AdmissionDialog.TITLE, inCare.get());
            return;
        }
        AdmissionDialog dialog = new AdmissionDialog(shell, client, today, Workplace.profile().id());
        if (dialog.open() != AdmissionDialog.OK) {
            return;
        }
        PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(new ClientAdmission(store,
                page, client.getId(), dialog.admission().orElseThrow(), today, UUID.randomUUID().toString()), null,
                null);
    }
}
