package org.casenotes.ui.export;

import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Export as PDF...: writes the note of the active editor, or the letter the active Note view shows, as
 * stored, to a PDF file the clinician chooses (a draft is marked DRAFT on every page), and records the export in the
 * audit log.
 */
public final class ExportNotePdfHandler extends AbstractHandler {

    /** The title of this command's dialogs for a note. */
    public static final String TITLE = "Export Note as PDF";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            StoredDocument.active(event, TITLE).ifPresent(document -> DocumentOutput.savePdf(shell,
                    document instanceof StoredLetter ? DocumentOutput.LETTER_PDF_TITLE : TITLE, document));
        } catch (CaseloadStoreException | IllegalStateException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }
}
