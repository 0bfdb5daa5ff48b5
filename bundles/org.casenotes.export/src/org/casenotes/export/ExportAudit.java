package org.casenotes.export;

import java.nio.file.Path;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.RecordKind;

/**
 * Writes what left the workbench, and where, into the caseload's audit log: an {@link AuditAction#EXPORT} for each
 * file written, a {@link AuditAction#PRINT} for each document sent to a printer. The detail names the format, the
 * number of documents and the file or printer; it holds no client data beyond what the user typed as a file name.
 */
public final class ExportAudit {

    private final CaseloadStore store;

    /** @param store the caseload whose audit log records the exports */
    public ExportAudit(CaseloadStore store) {
        this.store = store;
    }

    /** Records that a note was written to a file. */
    public AuditEntry noteExported(String noteId, String format, Path file) {
        return store.auditLog().record(AuditAction.EXPORT, RecordKind.NOTE, noteId,
                format.toUpperCase(java.util.Locale.ROOT) + " of the note written to " + file.toAbsolutePath());
    }

    /** Records that a letter of the record was written to a file (kind NOTE: letters are clinical documents). */
    public AuditEntry letterExported(String letterId, String format, Path file) {
        return store.auditLog().record(AuditAction.EXPORT, RecordKind.NOTE, letterId,
                format.toUpperCase(java.util.Locale.ROOT) + " of the letter written to " + file.toAbsolutePath());
    }

    /** Records that a note or letter was sent to a printer. */
    public AuditEntry notePrinted(String noteId, String printer, int pages) {
        return store.auditLog().record(AuditAction.PRINT, RecordKind.NOTE, noteId,
                "printed on " + printer + " (" + pages + (pages == 1 ? " page)" : " pages)"));
    }

    /** Records that a records request was answered. */
    public AuditEntry recordExported(String clientId, String what, Path pdf, Path json) {
        return store.auditLog().record(AuditAction.EXPORT, RecordKind.CLIENT, clientId,
                "records request: " + what + "; written to " + pdf.toAbsolutePath() + " and "
                        + json.toAbsolutePath() + "; psychotherapy notes excluded");
    }

    /** Records a records request answered in one file of one format (e.g. a FHIR bundle). */
    public AuditEntry recordExported(String clientId, String what, Path file) {
        return store.auditLog().record(AuditAction.EXPORT, RecordKind.CLIENT, clientId,
                "records request: " + what + "; written to " + file.toAbsolutePath()
                        + "; psychotherapy notes excluded");
    }
}
