package org.casenotes.ui.lifecycle;

import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.NoteEditors;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.swt.widgets.Shell;

/** Signs the note in the active editor as the clinician of the profile (see {@link NoteSigning}). */
public final class SignNoteHandler extends ActiveNoteHandler {

    public SignNoteHandler() {
        super("Sign Note");
    }

    @Override
    Optional<Note> step(Shell shell, CaseloadStore store, NoteEditorInput input) {
        return new NoteSigning(store, Workplace.rules(), Workplace.profile(),
                new DialogSigningPrompts(shell, path -> NoteEditors.showField(editorOf(shell, input), path)))
                .sign(input.note(), input.form());
    }

    /** @return the open editor of {@code input} in the window of {@code shell}, or null */
    private static IEditorPart editorOf(Shell shell, NoteEditorInput input) {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            if (window.getShell() == shell && window.getActivePage() != null) {
                return window.getActivePage().findEditor(input);
            }
        }
        IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return active == null || active.getActivePage() == null ? null : active.getActivePage().findEditor(input);
    }
}
