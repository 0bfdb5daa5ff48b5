package org.casenotes.ui.export;

import java.nio.file.Path;
import java.util.Optional;

import org.casenotes.export.ExportFailedException;
import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Export as PDF...: writes the note of the active editor, as stored, to a PDF file the clinician chooses
 * (a draft is marked DRAFT on every page), and records the export in the audit log.
 */
public final class ExportNotePdfHandler extends AbstractHandler {

    /** The title of this command's dialogs. */
    public static final String TITLE = "Export Note as PDF";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            Optional<ActiveNote> active = ActiveNote.of(event, TITLE);
            if (active.isEmpty()) {
                return null;
            }
            Optional<Path> target = ExportDestinations.current().pdfFile(shell, TITLE,
                    active.get().suggestedFileName());
            if (target.isEmpty()) {
                return null;
            }
            active.get().export().writePdf(active.get().client(), active.get().note(), target.get());
            MessageDialog.openInformation(shell, TITLE, "The note was written to " + target.get()
                    + ".\n\nThe audit trail records this export. The file holds client information: keep it safe.");
        } catch (ExportFailedException | CaseloadStoreException | IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }
}
