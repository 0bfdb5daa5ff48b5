package org.casenotes.ui.letters;

import java.time.Clock;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.caseload.NoteView;
import org.casenotes.ui.export.DocumentOutput;
import org.casenotes.ui.lifecycle.NewNoteHandler;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the {@link NewLetterWizard} with the client the clinician is looking at; once the letter is signed, shows it
 * in the client's timeline and the Note view, and offers to save it as PDF or print it at once.
 */
public final class NewLetterHandler extends AbstractHandler {

    /** The title of the question asked once a letter is signed. */
    public static final String SIGNED_TITLE = "Letter Signed";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            NewLetterWizard wizard = new NewLetterWizard(Workplace.store(), NoteForms.installed(),
                    Clock.systemDefaultZone());
            NewNoteHandler.clientInView(HandlerUtil.getActivePart(event)).ifPresent(wizard.choices()::preselectClient);
            if (new WizardDialog(shell, wizard).open() != Window.OK || wizard.signedLetter() == null) {
                return null;
            }
            ClientOverviewView.refreshIfShowing(page, wizard.client().getId());
            ((NoteView) page.showView(CaseloadUi.NOTE_VIEW)).showLetter(wizard.client(), wizard.signedLetter());
            int choice = new MessageDialog(shell, SIGNED_TITLE, null, "The letter is signed and kept in "
                    + wizard.client().getLegalName() + "'s record (" + wizard.signedLetter().getId()
                    + "). It can no longer be changed.\n\nSave it as PDF or print it now? File > Export as PDF... "
                    + "and Print... do the same later from the Note view.", MessageDialog.INFORMATION, 2,
                    "Save as PDF...", "Print...", "Close").open();
            if (choice == 0) {
                DocumentOutput.savePdf(shell, wizard.client(), wizard.signedLetter());
            } else if (choice == 1) {
                DocumentOutput.print(shell, wizard.client(), wizard.signedLetter());
            }
        } catch (PartInitException | CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, "New Letter", e.getMessage());
        }
        return null;
    }
}
