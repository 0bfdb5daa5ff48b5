package org.casenotes.ui.search;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.SearchHit;
import org.casenotes.store.Snippet;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.forms.NoteEditors;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens what a search result found: a note (or psychotherapy note) in the note editor at the field, with the first
 * matching words selected; a note whose addendum matched, with its addenda in view; a letter, its text.
 */
final class SearchHitOpening {

    private final IWorkbenchPage page;
    private final Shell shell;

    SearchHitOpening(IWorkbenchPage page, Shell shell) {
        this.page = page;
        this.shell = shell;
    }

    void open(SearchHit hit) {
        try {
            CaseloadStore store = Workplace.store();
            switch (hit.kind()) {
                case NOTE_FIELD, ADDENDUM -> openNote(store, hit);
                case PSYCHOTHERAPY_NOTE -> openPsychotherapyNote(store, hit);
                case LETTER -> showLetter(store, hit);
            }
        } catch (PartInitException | RuntimeException e) {
            MessageDialog.openError(shell, "Open", "What was found could not be opened: " + e.getMessage());
        }
    }

    private void openNote(CaseloadStore store, SearchHit hit) throws PartInitException {
        Client client = store.loadClient(hit.clientId()).orElseThrow(SearchHitOpening::gone);
        Note note = client.getNotes().stream().filter(candidate -> candidate.getId().equals(hit.documentId()))
                .findFirst().orElseThrow(SearchHitOpening::gone);
        IEditorPart editor = NoteOpener.openStored(page, client, note, Workplace.rules(), NoteHome.record(store));
        if (hit.kind() == org.casenotes.store.PassageKind.NOTE_FIELD) {
            showField(editor, hit);
        }
    }

    private void openPsychotherapyNote(CaseloadStore store, SearchHit hit) throws PartInitException {
        Client client = store.loadClientDetails(hit.clientId()).orElseThrow(SearchHitOpening::gone);
        Note note = store.psychotherapyNotes().load(hit.documentId()).orElseThrow(SearchHitOpening::gone);
        IEditorPart editor = NoteOpener.openStored(page, client, note, Workplace.rules(),
                NoteHome.psychotherapyNotes(store));
        showField(editor, hit);
    }

    private static void showField(IEditorPart editor, SearchHit hit) {
        Snippet.Highlight words = hit.snippet().inPassage();
        if (words == null) {
            NoteEditors.showField(editor, hit.fieldId());
        } else {
            NoteEditors.showField(editor, hit.fieldId(), words.start(), words.length());
        }
    }

    private void showLetter(CaseloadStore store, SearchHit hit) {
        Client client = store.loadClientDetails(hit.clientId()).orElseThrow(SearchHitOpening::gone);
        Letter letter = client.getLetters().stream().filter(candidate -> candidate.getId().equals(hit.documentId()))
                .findFirst().orElseThrow(SearchHitOpening::gone);
        MessageDialog.openInformation(shell, "Letter to " + (letter.getRecipient() == null ? "" : letter.getRecipient()),
                letter.getText());
    }

    private static IllegalStateException gone() {
        return new IllegalStateException("it is no longer in the caseload.");
    }
}
