package org.casenotes.ui.export;

import java.nio.file.Path;
import java.util.Optional;

import org.casenotes.export.DocumentSet;
import org.casenotes.export.NoteExport;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The note of the active note editor as it is stored, with its client, for printing or exporting: unsaved changes
 * are saved first (a printout never differs from the record), and a psychotherapy note is refused, because it never
 * leaves the workbench with the record.
 *
 * @param client the note's client
 * @param note   the note as stored
 * @param export writes and prints it, recording each in the audit log
 */
record ActiveNote(Client client, Note note, NoteExport export) implements StoredDocument {

    /**
     * @param title the title of the dialogs that say why there is no note
     * @return the active note, or empty after telling the clinician why not
     */
    static Optional<ActiveNote> of(ExecutionEvent event, String title) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        NoteEditorInput input = NoteOpener.inputOf(editor);
        if (input == null) {
            MessageDialog.openInformation(shell, title, "Open a note in the note editor first.");
            return Optional.empty();
        }
        if (input.isPsychotherapyNote()) {
            MessageDialog.openInformation(shell, title, "Psychotherapy notes are kept apart from the client's record"
                    + " and are never printed or exported with it.");
            return Optional.empty();
        }
        if (editor.isDirty()) {
            editor.doSave(new NullProgressMonitor());
            if (editor.isDirty()) {
                return Optional.empty();
            }
        }
        CaseloadStore store = Workplace.store();
        Note note = store.loadNote(input.note().getId()).orElse(null);
        Client client = note == null ? null : store.loadClient(note.getClientId()).orElse(null);
        if (client == null) {
            MessageDialog.openInformation(shell, title, "This note is not saved in the open caseload yet.");
            return Optional.empty();
        }
        return Optional.of(new ActiveNote(client, note, StoredDocument.exportOf(store)));
    }

    @Override
    public String kind() {
        return "note";
    }

    @Override
    public String id() {
        return note.getId();
    }

    @Override
    public DocumentSet documentSet() {
        return export.documentSet(client, note);
    }

    @Override
    public void writePdf(Path target) {
        export.writePdf(client, note, target);
    }

    @Override
    public void write(String format, Path target) {
        export.write(format, client, note, target);
    }

    /** @return a file name for the note, e.g. {@code C-1003-2026-11-17-note.pdf} (no name in it) */
    @Override
    public String suggestedFileName() {
        return client.getId() + "-" + (note.getDateOfService() == null ? "undated" : note.getDateOfService())
                + "-note.pdf";
    }
}
