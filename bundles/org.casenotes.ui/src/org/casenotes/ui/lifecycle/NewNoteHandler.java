package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the {@link NewNoteWizard}, with the client already chosen when the active view is the caseload with a client
 * selected or the overview of a client.
 */
public final class NewNoteHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            NewNoteWizard wizard = new NewNoteWizard(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
                    Workplace.store(), NoteForms.installed());
            clientInView(HandlerUtil.getActivePart(event)).ifPresent(wizard.choices()::preselectClient);
            new WizardDialog(shell, wizard).open();
        } catch (IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, "New Note", e.getMessage());
        }
        return null;
    }

    private static Optional<String> clientInView(IWorkbenchPart part) {
        if (part instanceof CaseloadView caseload) {
            return caseload.selectedClientId();
        }
        if (part instanceof ClientOverviewView overview) {
            return Optional.ofNullable(overview.shownClientId());
        }
        return Optional.empty();
    }
}
