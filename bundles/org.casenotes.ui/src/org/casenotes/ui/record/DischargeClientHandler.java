package org.casenotes.ui.record;

import java.util.Optional;

import org.casenotes.core.record.EpisodesOfCare;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.lifecycle.NewNoteWizard;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Client &gt; Discharge…: starts the discharge note of the client shown in the overview, in the same new-note wizard
 * as Note &gt; New Note with the client and the standard discharge template chosen (an agency's own discharge
 * template can be picked instead). Signing that note closes the episode of care and discharges the client
 * ({@link org.casenotes.core.record.EpisodeNotes}); until then nothing in the record changes. A client with no open
 * episode is told so, and nothing opens.
 */
public final class DischargeClientHandler extends AbstractHandler {

    /** The dialogs' title. */
    public static final String TITLE = "Discharge Client";
    /** The standard library's discharge note, chosen first. */
    static final String STANDARD_DISCHARGE_TEMPLATE = "std.discharge.DischargeNote";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<Client> shown = ClientRecordTarget.shownClientRecord(page, store, shell, TITLE);
            if (shown.isEmpty()) {
                return null;
            }
            Client client = shown.get();
            if (EpisodesOfCare.open(client).isEmpty()) {
                MessageDialog.openInformation(shell, TITLE, client.getLegalName() + " has no open episode of care, "
                        + "so there is nothing to discharge. Client > Admit… opens one.");
                return null;
            }
            NewNoteWizard wizard = new NewNoteWizard(page, store, NoteForms.installed());
            wizard.choices().preselect(client.getId(), FormKind.DISCHARGE, STANDARD_DISCHARGE_TEMPLATE);
            new WizardDialog(shell, wizard).open();
        } catch (CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }
}
