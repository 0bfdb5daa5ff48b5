package org.casenotes.ui.lifecycle;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Creates a draft note for a client from a template of the compiled library, through the note lifecycle (carrying
 * forward the last note of that template if asked), saves it in the caseload and opens it in the note editor.
 */
public final class NewNoteWizard extends Wizard {

    private final IWorkbenchPage page;
    private final CaseloadStore store;
    private final NewNotePage choices;
    private IEditorPart opened;

    public NewNoteWizard(IWorkbenchPage page, CaseloadStore store, NoteForms forms) {
        this.page = page;
        this.store = store;
        this.choices = new NewNotePage(store.listClients(), forms);
        choices.offerFirstTheLastTemplateOf(new ClientsLastTemplate(store));
        setWindowTitle("New Note");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(choices);
    }

    /** @return the wizard's page, for choosing without the mouse in tests */
    public NewNotePage choices() {
        return choices;
    }

    /** @return the editor of the new draft, once the wizard finished */
    public IEditorPart openedEditor() {
        return opened;
    }

    @Override
    public boolean performFinish() {
        String clientId = choices.chosenClientId().orElseThrow();
        FormDefinition form = choices.chosenForm().orElseThrow();
        Client client = store.loadClient(clientId).orElseThrow();
        WorkbenchRules rules = Workplace.rules();
        Note draft = new NewNoteRequest(client, form, choices.dayOfService(), choices.carriesForward())
                .createDraft(store, rules, Workplace.profile().id());
        try {
            opened = NoteOpener.open(page, client, draft, form, rules, NoteHome.record(store));
            ClientOverviewView.refreshIfShowing(page, clientId);
            return true;
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New Note", "The draft was saved but could not be opened: "
                    + e.getMessage());
            return true;
        }
    }
}
