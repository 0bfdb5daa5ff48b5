package org.casenotes.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.casenotes.export.DocumentSet;
import org.casenotes.export.Exporters;
import org.casenotes.export.NoteExport;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.NoteView;
import org.casenotes.ui.lifecycle.NoteForms;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A note or letter of the open caseload as stored, ready to be written to a PDF or printed in the same layout. Each
 * write and each print is recorded in the audit log by the caller through {@link #export()}.
 */
interface StoredDocument {

    /** @return "note" or "letter", as messages name it */
    String kind();

    /** @return the note's or letter's id, as the audit log names it */
    String id();

    /** @return a file name without the client's name, e.g. {@code C-1003-2026-11-17-note.pdf} */
    String suggestedFileName();

    /** @return the document as it is written and printed */
    DocumentSet documentSet();

    /** Writes the PDF and records the export. */
    void writePdf(Path target);

    /**
     * Writes the document in an installed format and records the export (see
     * {@link NoteExport#write(String, org.casenotes.model.record.Client, org.casenotes.model.record.Note, Path)}).
     *
     * @throws org.casenotes.export.ExportFailedException if it cannot be written in that format (a draft note, a
     *                                                    format not installed, a file that cannot be written)
     */
    void write(String format, Path target);

    /** @return the export of the caseload the document is in */
    NoteExport export();

    /**
     * @return the letter the active Note view shows, else the note of the active note editor, else empty after
     *         telling the clinician why there is none
     */
    static Optional<StoredDocument> active(ExecutionEvent event, String title) {
        if (HandlerUtil.getActivePart(event) instanceof NoteView view && view.shownLetter().isPresent()) {
            return Optional.of(new StoredLetter(view.shownLetter().get().client(), view.shownLetter().get().letter(),
                    exportOf(org.casenotes.ui.lifecycle.Workplace.store())));
        }
        return ActiveNote.of(event, title).map(StoredDocument.class::cast);
    }

    /** @return the export of the open caseload, with the workbench's forms and installed exporters */
    static NoteExport exportOf(CaseloadStore store) {
        return new NoteExport(store, NoteForms.installed()::form, Exporters.contributed(RegistryFactory.getRegistry()),
                Clock.systemDefaultZone());
    }
}
