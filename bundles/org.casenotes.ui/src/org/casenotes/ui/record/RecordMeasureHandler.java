package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.casenotes.core.measures.MeasureEntry;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Client &gt; Record Measure…: enters a measure for the client shown in the overview ({@link RecordMeasureDialog}),
 * adds it to the client's record and saves the record through the store (audited as a change of the client).
 */
public final class RecordMeasureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<Client> shown = ClientRecordTarget.shownClientRecord(page, store, shell,
                    RecordMeasureDialog.TITLE);
            if (shown.isEmpty()) {
                return null;
            }
            Client client = shown.get();
            LocalDate today = LocalDate.now();
            RecordMeasureDialog dialog = new RecordMeasureDialog(shell, NoteForms.installed().instruments(), client,
                    today);
            if (dialog.open() != RecordMeasureDialog.OK) {
                return null;
            }
            MeasureEntry entry = dialog.entry().orElseThrow();
            entry.addTo(client, today, UUID.randomUUID().toString());
            store.saveClient(client);
            ClientOverviewView.refreshIfShowing(page, client.getId());
        } catch (CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, RecordMeasureDialog.TITLE, e.getMessage());
        }
        return null;
    }
}
