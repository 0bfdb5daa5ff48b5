package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A lifecycle action on the note in the active note editor: saves the note first if it has unsaved changes, runs the
 * step, and shows the note as stored afterwards (read-only once signed). Refusals of the lifecycle and an
 * unavailable store are shown to the clinician; nothing is lost.
 */
abstract class ActiveNoteHandler extends AbstractHandler {

    private final String title;

    ActiveNoteHandler(String title) {
        this.title = title;
    }

    /**
     * @return the note as stored after the step, or empty if the clinician cancelled or the step was refused (and
     *         they were told)
     */
    abstract Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input);

    @Override
    public final Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        NoteEditorInput input = NoteOpener.inputOf(editor);
        if (input == null) {
            MessageDialog.openInformation(shell, title, "Open a note in the note editor first.");
            return null;
        }
        if (editor.isDirty()) {
            editor.doSave(new NullProgressMonitor());
            if (editor.isDirty()) {
                if (org.casenotes.ui.caseload.ServerWatch.isUnreachable()) {
                    MessageDialog.openError(shell, title, ServerSteps.refused(title));
                }
                return null;
            }
        }
        IWorkbenchPage page = editor.getSite().getPage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<Note> result = step(shell, store, input);
            if (result.isPresent()) {
                Client client = store.loadClient(result.get().getClientId()).orElse(null);
                NoteOpener.reopen(page, input, client, result.get(), Workplace.rules());
                ClientOverviewView.refreshIfShowing(page, result.get().getClientId());
                CaseloadView.reloadIfShowing(page, result.get().getClientId());
            }
        } catch (org.casenotes.store.server.ServerUnreachableException e) {
            MessageDialog.openError(shell, title, ServerSteps.refused(title));
        } catch (LifecycleException | CaseloadStoreException | IllegalStateException e) {
            MessageDialog.openError(shell, title, e.getMessage());
        } catch (PartInitException e) {
            MessageDialog.openError(shell, title, "The note was stored but could not be shown: " + e.getMessage());
        }
        return null;
    }
}
