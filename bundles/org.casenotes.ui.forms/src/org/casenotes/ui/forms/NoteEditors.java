package org.casenotes.ui.forms;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opens notes in the note form editor. */
public final class NoteEditors {

    /** Id of the note form editor. */
    public static final String EDITOR_ID = "org.casenotes.ui.forms.noteEditor";

    private NoteEditors() {
    }

    /**
     * Opens {@code input} in {@code page}, or activates the editor that already shows its note; shows the editor
     * area if the perspective hid it.
     */
    public static IEditorPart open(IWorkbenchPage page, NoteEditorInput input) throws PartInitException {
        page.setEditorAreaVisible(true);
        return page.openEditor(input, EDITOR_ID);
    }
}
