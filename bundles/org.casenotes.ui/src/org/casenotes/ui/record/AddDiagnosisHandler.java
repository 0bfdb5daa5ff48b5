package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.casenotes.core.diagnoses.DiagnosisEntry;
import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Client &gt; Add Diagnosis…: picks a diagnosis for the client shown in the overview ({@link DiagnosisPickerDialog}),
 * adds it to the client's record and saves the record through the store (audited as a change of the client).
 */
public final class AddDiagnosisHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<Client> shown = ClientRecordTarget.shownClientRecord(page, store, shell,
                    DiagnosisPickerDialog.TITLE);
            if (shown.isEmpty()) {
                return null;
            }
            Client client = shown.get();
            LocalDate today = LocalDate.now();
            Icd10CmCodes codes = Icd10CmCodes.behavioralHealth();
            DiagnosisPickerDialog dialog = new DiagnosisPickerDialog(shell, codes, client, today);
            if (dialog.open() != DiagnosisPickerDialog.OK) {
                return null;
            }
            DiagnosisEntry entry = dialog.entry().orElseThrow();
            entry.addTo(client, codes, today, UUID.randomUUID().toString());
            store.saveClient(client);
            ClientOverviewView.refreshIfShowing(page, client.getId());
        } catch (CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, DiagnosisPickerDialog.TITLE, e.getMessage());
        }
        return null;
    }
}
