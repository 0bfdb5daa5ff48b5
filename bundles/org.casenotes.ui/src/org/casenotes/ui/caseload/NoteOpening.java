package org.casenotes.ui.caseload;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens a note from the caseload in the note form editor the way every other action does ({@link NoteOpener}): on
 * the template version the note pins, checked with the agency's rules, saved to the record with its working copy
 * kept for recovery. A note whose template version is not installed cannot be edited; the caller shows it
 * read-only instead.
 */
final class NoteOpening {

    private NoteOpening() {
    }

    /**
     * @return whether the note was opened in the editor (false when its template version is not installed)
     * @throws PartInitException if the editor could not be opened
     */
    static boolean openInEditor(IWorkbenchPage page, CaseloadStore store, Client client, Note note)
            throws PartInitException {
        try {
            NoteOpener.pinnedForm(note);
        } catch (IllegalStateException versionNotInstalled) {
            return false;
        }
        NoteOpener.openStored(page, client, note, Workplace.rules(), NoteHome.record(store));
        return true;
    }
}
