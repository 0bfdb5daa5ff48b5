package org.casenotes.ui.record;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.clientimport.ImportPlan;
import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Import Clients…: shows the {@link ImportClientsDialog} for the open caseload and saves the valid rows of
 * the plan chosen there in one transaction of the store ({@link CaseloadStore#addClients}: all or none, each client
 * audited as created), with a progress dialog while it runs; then lists them in the caseload view.
 */
public final class ImportClientsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            CaseloadStore store = Workplace.store();
            Set<String> existing = store.listClients().stream().map(ClientSummary::id).collect(Collectors.toSet());
            ImportClientsDialog dialog = new ImportClientsDialog(shell, existing, Icd10CmCodes.behavioralHealth(),
                    LocalDate.now());
            if (dialog.open() != ImportClientsDialog.OK) {
                return null;
            }
            ImportPlan plan = dialog.chosenPlan().orElseThrow();
            List<Client> clients = plan.validClients();
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask("Saving " + clients.size() + " clients in one transaction…",
                        org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                store.addClients(clients);
                monitor.done();
            });
            CaseloadView.reloadIfShowing(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
                    clients.get(0).getId());
            int skipped = plan.badRows().size();
            MessageDialog.openInformation(shell, ImportClientsDialog.TITLE, "Imported " + clients.size()
                    + (clients.size() == 1 ? " client" : " clients") + " from "
                    + Path.of(dialog.chosenFile().orElse("the file")).getFileName()
                    + (skipped == 0 ? "." : "; " + skipped + (skipped == 1 ? " row was" : " rows were")
                            + " skipped (lines " + plan.badRows().stream().map(row -> String.valueOf(row.line()))
                                    .collect(Collectors.joining(", ")) + ")."));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(shell, ImportClientsDialog.TITLE, "Nothing was imported: " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, ImportClientsDialog.TITLE, e.getMessage());
        }
        return null;
    }
}
