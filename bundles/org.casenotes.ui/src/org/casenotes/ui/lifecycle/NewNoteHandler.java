package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.caseload.NoteView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the {@link NewNoteWizard}, with the client already chosen when the active part is the caseload with a client
 * selected, the overview of a client, or a note (its client: the next note of a session is usually for the same
 * person, and the chart in front of the clinician is that note's).
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

    /**
     * @return the client the clinician is looking at: selected in the caseload, in the overview, of the letter the
     *         Note view shows, or of the active note
     */
    public static Optional<String> clientInView(IWorkbenchPart part) {
        if (part instanceof CaseloadView caseload) {
            return caseload.selectedClientId();
        }
        if (part instanceof NoteView view && view.shownLetter().isPresent()) {
            return Optional.of(view.shownLetter().get().client().getId());
        }
        if (part instanceof ClientOverviewView overview) {
            return Optional.ofNullable(overview.shownClientId());
        }
        if (part instanceof IEditorPart editor && NoteOpener.inputOf(editor) != null) {
            return Optional.ofNullable(NoteOpener.inputOf(editor).note().getClientId());
        }
        return Optional.empty();
    }
}
