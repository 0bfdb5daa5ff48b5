package org.casenotes.ui.forms;

import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opens notes in the note form editor and shows a field of an open note. */
public final class NoteEditors {

    /** Id of the note form editor. */
    public static final String EDITOR_ID = "org.casenotes.ui.forms.noteEditor";

    /** Where a note editor's form keeps its own heading message while {@link #showNotice} shows a notice. */
    private static final String NOTICE_BEFORE = "org.casenotes.ui.forms.noticeBefore";

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

    /**
     * Reveals the field {@code fieldPath} in a note editor (expanding its section, scrolling it into view) and gives it
     * the focus, e.g. for a finding opened from the caseload findings view.
     *
     * @param editor    an editor returned by {@link #open}
     * @param fieldPath the rule engine's name of the field: {@code narrative}, or {@code goals[0].goal} in a row of a
     *                  repeatable group (as in {@code Finding.fieldId()})
     * @return whether the field was shown: false if {@code editor} is no note editor or the field is not on the form
     *         now (unknown, or hidden by its condition)
     */
    public static boolean showField(IEditorPart editor, String fieldPath) {
        return editor instanceof NoteFormEditor noteEditor && noteEditor.showField(fieldPath);
    }

    /**
     * Like {@link #showField(IEditorPart, String)}, and selects {@code length} characters from {@code offset} in a
     * text field (e.g. the words a finding is about). A range beyond the text is cut at its end.
     */
    public static boolean showField(IEditorPart editor, String fieldPath, int offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
        }
        return editor instanceof NoteFormEditor noteEditor && noteEditor.showField(fieldPath, offset, length);
    }

    /**
     * Shows a notice about where the note's saves go (e.g. that the server cannot be reached) in the heading of a
     * note editor, or clears it; the editor's own message comes back when it is cleared.
     *
     * @param editor an editor returned by {@link #open}; anything else is left alone
     * @param notice the notice, or null to clear it
     * @return whether {@code editor} is a note editor
     */
    public static boolean showNotice(IEditorPart editor, String notice) {
        if (!(editor instanceof NoteFormEditor noteEditor) || noteEditor.form() == null
                || noteEditor.form().isDisposed()) {
            return false;
        }
        org.eclipse.ui.forms.widgets.ScrolledForm form = noteEditor.form();
        Object before = form.getData(NOTICE_BEFORE);
        if (notice == null) {
            if (before instanceof Object[] message) {
                form.setMessage((String) message[0], (Integer) message[1]);
                form.setData(NOTICE_BEFORE, null);
            }
            return true;
        }
        if (before == null) {
            form.setData(NOTICE_BEFORE, new Object[] { form.getMessage(), form.getMessageType() });
        }
        form.setMessage(notice, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
        return true;
    }

    /** @return the notice {@link #showNotice} shows in {@code editor}'s heading, or null */
    public static String notice(IEditorPart editor) {
        return editor instanceof NoteFormEditor noteEditor && noteEditor.form() != null
                && noteEditor.form().getData(NOTICE_BEFORE) != null ? noteEditor.form().getMessage() : null;
    }
}
